import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createSimulator, type Simulator, type SimulatorOptions } from './simulator.ts';
import { FAULT_HEADER, parseFaultHeader } from './http/faults.ts';
import { CLIENT_ADDRESS_HEADER } from './http/client-address.ts';

export interface HttpServerOptions extends SimulatorOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the simulator is for this machine only. */
  host?: string;
}

const CORS = {
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': `authorization, content-type, accept, accept-language, idempotency-key, if-match, ${FAULT_HEADER}`,
  'access-control-expose-headers': 'etag, retry-after, x-request-id, idempotent-replayed',
  'access-control-max-age': '600',
};

/** The simulator as a real HTTP server (CORS for any origin), for `npm start`, the CLI and end-to-end tests. */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<{ sim: Simulator; server: Server; url: string; close(): Promise<void> }> {
  const { port = 4010, host = '127.0.0.1', ...simulatorOptions } = options;
  const sim = createSimulator(simulatorOptions);
  const server = createServer((req, res) => {
    serve(sim, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    sim,
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Handles one Node request with the simulator's handlers. */
export async function serve(sim: Simulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const origin = req.headers.origin;
  const cors = { ...CORS, 'access-control-allow-origin': origin ?? '*', vary: 'origin' };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end();
    return;
  }
  const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // A slow network on demand: the body is read at this many bytes a second, so a browser's
  // upload progress has something to report even on loopback.
  const throttle = parseFaultHeader(req.headers[FAULT_HEADER] as string | undefined ?? null)?.throttle;
  const body = throttle ? Readable.from(throttled(req, throttle)) : req;
  const request = new Request(url, {
    method: req.method,
    headers: [
      ...Object.entries(req.headers).flatMap(([name, value]) => (value === undefined || name === CLIENT_ADDRESS_HEADER ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as [string, string]])),
      // The peer's address, as the socket says (what an IP allow-list is checked against): never what the client claims.
      [CLIENT_ADDRESS_HEADER, req.socket.remoteAddress ?? ''] as [string, string],
    ],
    body: hasBody ? (Readable.toWeb(body) as ReadableStream) : undefined,
    signal: controller.signal,
    // @ts-expect-error Node's fetch needs this for a streamed body; the DOM types do not know it.
    duplex: 'half',
  });
  const response = await sim.handle(request);
  if (response.type === 'error') {
    // A dropped connection, on purpose (a fault).
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function* throttled(source: AsyncIterable<Buffer>, bytesPerSecond: number): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    for (let at = 0; at < chunk.length; at += 16_384) {
      const part = chunk.subarray(at, at + 16_384);
      yield part;
      await new Promise((resolve) => setTimeout(resolve, (part.length / bytesPerSecond) * 1000));
    }
  }
}
