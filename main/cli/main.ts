// Process entry for the bundled CLI.
import { runCli } from './cpor';

/**
 * A reader that stopped reading (`cpor queue | head`) closes the pipe: the rest of the output has
 * nowhere to go, so it is dropped, and the command still finishes what it was doing (a decision
 * is recorded whole) and exits with its own code. Node ignores SIGPIPE, so without this the
 * failed write would end the process with a stack trace.
 */
let outClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  outClosed = true;
});
process.stderr.on('error', () => undefined);

const io = {
  out: (text: string) => {
    if (!outClosed) process.stdout.write(text + '\n');
  },
  err: (text: string) => process.stderr.write(text + '\n'),
  interactive: process.stderr.isTTY === true,
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`cpor: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
