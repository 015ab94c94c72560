#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 24 strips types natively, so the CLI needs no build step.
import { runCli } from '../main/cli/index.ts';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
});
process.exitCode = code;
