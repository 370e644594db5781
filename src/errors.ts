/**
 * Errors with stable codes. A `DocumentRejected` stops one document, never a batch: the runner
 * records it (stderr and store) and goes on. Messages say what was expected, what was found and
 * what to do.
 */
export class DocumentRejected extends Error {
  constructor(
    /** Stable machine code: `empty`, `binary`, `encoding`, `too-large`, `bad-json`, `no-text`, … */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRejected';
  }
}

/** Bad usage or configuration: the CLI exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
