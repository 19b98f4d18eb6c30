// Polling helper shared by the drivers: evaluates a JS expression in a page until it is truthy.
export async function pollUntil(
  evaluate: (js: string) => Promise<unknown>,
  expr: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await evaluate(`(async () => !!(await (${expr})))()`)) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for: ${expr.slice(0, 160)}${last ? ` (last error: ${String(last).slice(0, 200)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
