#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 24 strips types natively, so the CLI needs no build step.
import { runCli } from '../main/cli/index.ts';

// A reader that stops early (`comitia dossiers … | head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
process.exitCode = code;
