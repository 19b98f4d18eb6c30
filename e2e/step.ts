// One named e2e step: timed, recorded as passed or with the first lines of its error, logged ✓/✗ with
// the browser's name. A failed step must not stop the run (the next steps still run). Shared by
// scenario.ts, locale-scenario.ts and page-defects.ts; exercised by every e2e run (e2e/run.ts).
import type { StepResult } from './scenario';

export async function runStep(
  results: StepResult[],
  browser: string,
  log: (s: string) => void,
  name: string,
  fn: () => Promise<void>,
  errorLines = 6,
): Promise<void> {
  const t0 = performance.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: performance.now() - t0 });
    log(`  ✓ ${browser}: ${name} (${Math.round(performance.now() - t0)} ms)`);
  } catch (e) {
    const error = e instanceof Error ? e.message.split('\n').slice(0, errorLines).join('\n') : String(e);
    results.push({ name, ok: false, ms: performance.now() - t0, error });
    log(`  ✗ ${browser}: ${name}\n      ${error.replace(/\n/g, '\n      ')}`);
  }
}
