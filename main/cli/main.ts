// Process entry for the bundled CLI.
import { runCli } from './cpor';

const io = {
  out: (text: string) => process.stdout.write(text + '\n'),
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
