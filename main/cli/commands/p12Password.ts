/**
 * The password of a PKCS#12 file for `cert new` and `sign`: from COMITIA_P12_PASSWORD, else asked on the terminal
 * without echo, else read as the first line of a piped standard input. It goes to the core in the call's argument
 * and nowhere else (never on the command line, where other users' `ps` would show it).
 */
import type { CliRuntime } from '../context.ts';

export const PASSWORD_VARIABLE = 'COMITIA_P12_PASSWORD';

function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        // Ctrl-C and Ctrl-D abandon the prompt.
        if (char === '\u0003' || char === '\u0004') return done(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });
}

async function firstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export async function p12Password(cli: CliRuntime): Promise<string> {
  const fromEnvironment = process.env[PASSWORD_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  if (process.stdin.isTTY) return readHidden(`${cli.say('cli.p12_password_prompt')} `);
  return firstLine();
}
