// A StaticRange over two boundary points, or undefined where the browser cannot construct one
// (happy-dom, old engines): the one place both the extraction and the highlighter build them.
// Tested through extract.test.ts and highlighter.test.ts.

export function newStaticRange(
  startContainer: Node,
  startOffset: number,
  endContainer: Node,
  endOffset: number,
): StaticRange | undefined {
  try {
    return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
  } catch {
    return undefined;
  }
}
