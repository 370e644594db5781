/**
 * Writes records to a stream with backpressure, and stops quietly when the reader goes away
 * (`chronicle events | head`).
 */
import type { Writable } from 'node:stream';

export class Output {
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') {
        this.closed = true;
        return;
      }
      throw err;
    });
  }

  async text(s: string): Promise<void> {
    if (this.closed) return;
    if (!this.stream.write(s)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }

  json(record: unknown): Promise<void> {
    return this.text(`${JSON.stringify(record)}\n`);
  }

  async end(): Promise<void> {
    /* stdout is not ended: the process may write a summary after */
  }
}
