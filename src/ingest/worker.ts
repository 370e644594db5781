/** A pipeline worker thread (see pool.ts): RawDoc in, DocumentResult or Rejection out. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultContext } from '../pipeline.js';
import type { RawDoc } from '../types.js';
import { processRaw } from './run.js';

const ctx = defaultContext({ published: (workerData as { published: string | null }).published });

parentPort?.on('message', (raw: RawDoc) => {
  parentPort!.postMessage(processRaw(raw, ctx));
});
