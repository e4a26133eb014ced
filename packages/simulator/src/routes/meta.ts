import { http, HttpResponse } from 'msw';
import { allOperations } from '@portico/sdk/operations';
import { buildOpenApiDocument } from '@portico/sdk/openapi';
import type { SimulatorContext } from '../http/context.ts';
import type { Fault } from '../http/faults.ts';
import { Problem } from '../http/problem.ts';

/** The OpenAPI document, built once on first request. */
export function openApiRoute() {
  let document: Record<string, unknown> | undefined;
  return http.get('*/openapi.json', ({ request }) => {
    document ??= buildOpenApiDocument();
    return HttpResponse.json({ ...document, servers: [{ url: new URL(request.url).origin }] });
  });
}

/** Only tools and pages of the simulator's own origin: another website must not reset it. */
function foreign(request: Request): Response | undefined {
  const origin = request.headers.get('origin');
  if (!origin || new URL(origin).host === new URL(request.url).host) return undefined;
  return new Problem(403, 'foreign_origin', 'Test controls answer only the simulator’s own origin and tools without one.').toResponse('req_control');
}

/**
 * Test controls over HTTP, for clients of the real server that cannot reach the simulator
 * object: inject faults, move the clock, reset the world, read the request log.
 */
export function controlRoutes(sim: SimulatorContext, reset: () => void) {
  return [
    http.all('*/__simulator/*', ({ request }) => foreign(request)),
    http.post('*/__simulator/faults', async ({ request }) => {
      const body = (await request.json().catch(() => ({}))) as { enqueue?: Fault[]; persist?: Fault | null; rate?: number; clear?: boolean };
      if (body.clear) sim.faults.clear();
      if (body.enqueue) sim.faults.enqueue(...body.enqueue);
      if (body.persist !== undefined) sim.faults.persist(body.persist);
      if (typeof body.rate === 'number') sim.faults.rate = body.rate;
      return new HttpResponse(null, { status: 204 });
    }),
    http.post('*/__simulator/clock', async ({ request }) => {
      const body = (await request.json().catch(() => ({}))) as { advance?: number; set?: string };
      if (typeof body.advance === 'number') sim.clock.advance(body.advance);
      if (typeof body.set === 'string') sim.clock.set(Date.parse(body.set));
      return HttpResponse.json({ now: sim.clock.iso() });
    }),
    http.post('*/__simulator/reset', () => {
      reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/__simulator/log', () => HttpResponse.json({ data: sim.log })),
  ];
}

const templates = allOperations().map((operation) => ({
  method: operation.method,
  pattern: new RegExp('^' + operation.path.replace(/\{\w+\}/g, '[^/]+') + '$'),
}));

/** Last in line: a known path with another method is 405, anything else under /v1 is 404. */
export function fallbackRoute() {
  return http.all('*/v1/*', ({ request }) => {
    const path = new URL(request.url).pathname;
    const allowed = templates.filter((t) => t.pattern.test(path)).map((t) => t.method);
    const requestId = `req_fallback`;
    if (allowed.length) {
      return new Problem(405, 'method_not_allowed', `${request.method} is not allowed on ${path}; use ${allowed.join(', ')}.`, {
        headers: { allow: allowed.join(', ') },
      }).toResponse(requestId);
    }
    return new Problem(404, 'route_not_found', `There is no operation at ${request.method} ${path}. See /openapi.json.`).toResponse(requestId);
  });
}
