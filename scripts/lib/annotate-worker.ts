// Worker thread of the CLI's parallel annotation (chunked.ts, annotateInParallel): loads its own
// engine once, then annotates each slice it is sent and posts the Annotation back. Node only; no
// file or network access beyond the generated index. Tested through chunked.test.ts.
import { parentPort } from 'node:worker_threads';
import { loadEngineForTests } from '../../core/load-engine';
import type { AnnotateOptions } from '../../core/engine';

export interface SliceJob {
  i: number;
  text: string;
  opts: AnnotateOptions;
}

const engine = loadEngineForTests();
parentPort?.on('message', (job: SliceJob) => {
  try {
    parentPort!.postMessage({ i: job.i, ann: engine.annotate(job.text, job.opts) });
  } catch (err) {
    parentPort!.postMessage({ i: job.i, error: (err as Error).stack ?? String(err) });
  }
});
