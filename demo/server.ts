// The demo portal: a reseller's page with Portico's widgets, its own tiny backend that mints
// customer sessions with the reseller key (which never reaches the browser), and the
// simulator's API on a second port — the widgets talk to it over real HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createResellerClient, isA, ValidationError } from '@portico/sdk';
import { RESELLER_KEY, DEMO_CUSTOMERS } from '@portico/simulator';
import { startHttpServer } from '@portico/simulator/server';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface DemoOptions {
  host?: string;
  /** The page; 0 picks a free port. */
  port?: number;
  /** The simulator's API; 0 picks a free port. */
  apiPort?: number;
}

export async function startDemo(options: DemoOptions = {}) {
  const { host = '127.0.0.1', port = 4000, apiPort = 4010 } = options;
  const api = await startHttpServer({ host, port: apiPort });
  const bundle = await build({
    entryPoints: [here('./main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  const page = (await readFile(here('./index.html'), 'utf8')).replace('%PORTICO_API%', api.url);
  const styles = await readFile(here('./demo.css'), 'utf8');
  const reseller = createResellerClient({ baseUrl: api.url, secretKey: RESELLER_KEY });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://demo');
    const customer = /portico_demo_customer=(cus_\w+)/.exec(request.headers.cookie ?? '')?.[1] ?? DEMO_CUSTOMERS.prepaid;
    // Who of the customer's people signed in: none named is the account's main administrator.
    const user = /portico_demo_user=(usr_\w+)/.exec(request.headers.cookie ?? '')?.[1];
    if (request.method === 'GET' && url.pathname === '/') return send(response, 200, 'text/html; charset=utf-8', page);
    if (request.method === 'GET' && url.pathname === '/demo.js') return send(response, 200, 'text/javascript; charset=utf-8', script);
    if (request.method === 'GET' && url.pathname === '/demo.css') return send(response, 200, 'text/css; charset=utf-8', styles);
    if (request.method === 'GET' && url.pathname === '/api/customers') {
      const { data } = await reseller.customers.list();
      const users = (await reseller.customers.listUsers(customer)).data.filter((u) => u.canLogIn).map(({ id, name, role, permissions, access, mainAdministrator }) => ({ id, name, role, permissions, access, mainAdministrator }));
      const current = users.some((u) => u.id === user) ? user : users.find((u) => u.mainAdministrator)?.id;
      return send(response, 200, 'application/json', JSON.stringify({ data, current: customer, users, user: current }));
    }
    if (request.method === 'POST' && url.pathname === '/api/sign-in') {
      const { customerId, userId } = JSON.parse((await body(request)) || '{}') as { customerId?: string; userId?: string };
      if (!customerId || !/^cus_\w+$/.test(customerId)) return send(response, 422, 'application/json', '{"error":"customerId"}');
      if (userId !== undefined && !/^usr_\w+$/.test(userId)) return send(response, 422, 'application/json', '{"error":"userId"}');
      // Another customer starts as its main administrator; a user is one of the signed-in customer's.
      response.setHeader('set-cookie', [`portico_demo_customer=${customerId}; Path=/; HttpOnly; SameSite=Lax`, `portico_demo_user=${userId ?? ''}; Path=/; HttpOnly; SameSite=Lax${userId ? '' : '; Max-Age=0'}`]);
      return send(response, 204, 'text/plain', '');
    }
    if (request.method === 'POST' && url.pathname === '/api/session') {
      // What every reseller's backend does: mint a short-lived session for the signed-in customer
      // and person. The platform refuses a user who is gone or may not log in: then the main administrator.
      const session = await reseller.sessions
        .create({ customerId: customer, ...(user ? { userId: user } : {}) })
        .catch((error: unknown) => (user && isA(error, ValidationError) ? reseller.sessions.create({ customerId: customer }) : Promise.reject(error)));
      return send(response, 200, 'application/json', JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
    }
    send(response, 404, 'text/plain', 'Not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: api.url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
    },
  };
}

function send(response: ServerResponse, status: number, type: string, text: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(text);
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4000);
  const apiPort = Number(process.env.API_PORT ?? 4010);
  try {
    const demo = await startDemo({ port, apiPort });
    console.log(`Portico demo portal: ${demo.url}`);
    console.log(`Simulator API:       ${demo.apiUrl}  (OpenAPI: ${demo.apiUrl}/openapi.json)`);
    console.log('Press Ctrl-C to stop.');
    const stop = () => void demo.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(busy ? `Port ${port} or ${apiPort} is in use: set PORT and API_PORT to free ones (e.g. PORT=4100 API_PORT=4110 npm start).` : error);
    process.exit(1);
  }
}
