// The few platform globals core/ may use beyond ECMAScript: present in Node, service workers and
// pages alike (WHATWG URL). Declared here because core/tsconfig.json has no DOM or Node types.
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
