// Writing to a stream without outrunning it, and a stream that keeps what is written in memory.
import { once } from 'node:events';
import { Writable } from 'node:stream';

/** Waits for 'drain' when the stream's buffer is full. */
export async function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * Chunks already in memory (another thread's part of a report): handed to the stream at once, so
 * a file stream writes them in one writev, and waited for once.
 */
export async function writeChunks(out: Writable, chunks: readonly Uint8Array[]): Promise<void> {
  let room = true;
  for (const chunk of chunks) room = out.write(chunk);
  if (!room) await once(out, 'drain');
}

/** For an export handed back as bytes (the API) instead of written to a file (the CLI). */
export function memoryStream(): { readonly out: Writable; bytes(): Uint8Array<ArrayBuffer> } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // A fresh ArrayBuffer: Node's pooled Buffer memory must not cross IPC or be transferred.
  return { out, bytes: () => new Uint8Array(Buffer.concat(chunks)) };
}
