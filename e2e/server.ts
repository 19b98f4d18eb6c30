// Test web server and request recorder in one. Browsers use it as their HTTP proxy for every
// request (pages, extension, browser background traffic), so it sees everything that would leave
// the machine; it serves fixture pages for the news-site host names and refuses everything else.
// Used by e2e/run.ts and scripts/start.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { join, normalize } from 'node:path';

export interface RecordedRequest {
  method: string;
  host: string;
  url: string;
  /** proxied (absolute-form), tunnel (CONNECT) or direct */
  via: 'proxy' | 'connect' | 'direct';
}

export interface TestServer {
  port: number;
  origin(host: string): string;
  requests: RecordedRequest[];
  /** requests to anything other than loopback or the site hosts this server stands in for */
  foreign(): RecordedRequest[];
  close(): Promise<void>;
}

/** Throws, naming up to 8 of them, when any request went to a host other than ours (the e2e privacy check). */
export function assertNothingLeft(server: Pick<TestServer, 'foreign'>): void {
  const foreign = server.foreign();
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 8).map((r) => `${r.method} ${r.url}`);
  throw new Error(`requests left the machine: ${shown.join(', ')}`);
}

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export async function startServer(opts: { root: string; hosts: string[] }): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const served = new Set(opts.hosts.map((h) => h.toLowerCase()));
  const sockets = new Set<Socket>();

  const hostOf = (h: string) => h.replace(/:\d+$/, '').toLowerCase();
  const isOurs = (host: string) => LOOPBACK.test(host) || served.has(host);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const absolute = /^https?:\/\//i.test(req.url ?? '');
    const url = absolute ? new URL(req.url!) : new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const host = hostOf(url.host);
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      host,
      url: url.href,
      via: absolute ? 'proxy' : 'direct',
    };
    requests.push(rec);
    if (process.env.OXUS_RECORD_BODIES && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8').slice(0, 2000)));
      req.on('end', () => console.log(`[recorder] POST ${url.href}\n${body.slice(0, 1500)}`));
    }
    if (!isOurs(host) || (absolute && url.protocol !== 'http:')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the Oxus test recorder');
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(opts.root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(opts.root)) {
      res.writeHead(400).end();
      return;
    }
    try {
      const body = await readFile(file);
      const ext = file.slice(file.lastIndexOf('.'));
      res
        .writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // HTTPS through a proxy starts with CONNECT: record it and refuse the tunnel.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', host: hostOf(req.url ?? ''), url: req.url ?? '', via: 'connect' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: (host) => `http://${host}:${port}`,
    requests,
    foreign: () => requests.filter((r) => !isOurs(r.host)),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
