import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiError,
  AuthenticationError,
  ContractError,
  NetworkError,
  PorticoError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  createClient,
} from '@portico/sdk';
import { BASE_URL, FAST_RETRY, clientFor, requestsTo, sessionFetches, useSimulator } from '../support/simulator.ts';
import { isA } from '@portico/sdk/core';

/** The run's fixed clock (test/support/fixed-clock-node.mjs starts every run at one moment): what the SDK reads. */
const runClock = () => Date.now(); // the fixed clock

const sim = useSimulator({ seed: 3 });
const BALANCE = '/v1/account/balance';
const pdf = () => new File([new Uint8Array(10)], 'p.pdf', { type: 'application/pdf' });

describe('sessions', () => {
  beforeEach(() => sim.reset());

  it('fetches the session lazily, once for many requests', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    assert.equal(sessionFetches(client), 0);
    await Promise.all([client.account.balance.retrieve(), client.account.retrieve(), client.account.paymentMethods.list()]);
    assert.equal(sessionFetches(client), 1);
  });

  it('five concurrent calls refused with 401 share one refresh', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    await client.account.balance.retrieve();
    sim.revokeSessions();
    const results = await Promise.all(Array.from({ length: 5 }, () => client.account.balance.retrieve()));
    assert.equal(results.length, 5);
    assert.ok(results.every((r) => r.mode === 'prepaid'));
    assert.equal(sessionFetches(client), 2);
    assert.equal(requestsTo(sim, BALANCE).filter((r) => r.endsWith('401')).length, 5);
  });

  it('an expired session is renewed on its 401', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    await client.account.balance.retrieve();
    sim.clock.advance(16 * 60_000);
    await client.account.balance.retrieve();
    assert.equal(sessionFetches(client), 2);
  });

  it('a second 401 is an AuthenticationError', async () => {
    let fetches = 0;
    const client = createClient({ baseUrl: BASE_URL, fetchSessionToken: async () => `cs_test_bogus${++fetches}` });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, AuthenticationError));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'session_invalid');
    assert.equal(fetches, 2);
  });

  it('a static token is not refreshed', async () => {
    const client = createClient({ baseUrl: BASE_URL, token: 'cs_test_static' });
    await assert.rejects(client.account.balance.retrieve(), AuthenticationError);
    assert.equal(requestsTo(sim, BALANCE).length, 1);
  });

  it('a failing fetchSessionToken is an AuthenticationError with the cause', async () => {
    const client = createClient({ baseUrl: BASE_URL, fetchSessionToken: () => Promise.reject(new Error('backend down')) });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, AuthenticationError));
    assert.equal(error.code, 'session_unavailable');
    assert.equal((error.cause as Error).message, 'backend down');
    assert.deepEqual(requestsTo(sim, BALANCE), []);
  });

  it('reads an expiry given in seconds, as JWTs count', async () => {
    let fetches = 0;
    const client = createClient({
      baseUrl: BASE_URL,
      fetchSessionToken: async () => {
        fetches++;
        // A backend dates expiries by its own clock: here the run's fixed one, which the SDK reads too.
        return { token: sim.createSession(sim.customers.prepaid).token, expiresAt: Math.floor(runClock() / 1000) + 600 };
      },
    });
    for (let i = 0; i < 5; i++) await client.account.balance.retrieve();
    assert.equal(fetches, 1);
  });

  it('refreshes ahead of a known expiry', async () => {
    let fetches = 0;
    const client = createClient({
      baseUrl: BASE_URL,
      fetchSessionToken: async () => {
        fetches++;
        // Ten seconds ahead on the run's fixed clock (the simulator's may have been moved by other tests): inside the SDK's 30 s margin.
        return { ...sim.createSession(sim.customers.prepaid), expiresAt: runClock() + 10_000 };
      },
    });
    await client.account.balance.retrieve();
    await client.account.balance.retrieve();
    // Within the 30 s margin of its expiry the token is never sent; a new one is fetched first.
    assert.equal(fetches, 2);
    assert.equal(requestsTo(sim, BALANCE).filter((r) => r.endsWith('401')).length, 0);
  });
});

describe('retries', () => {
  beforeEach(() => sim.reset());

  it('503, 503, 200 is retried to success', async () => {
    const retries: number[] = [];
    const client = clientFor(sim, sim.customers.prepaid, { retry: { baseDelay: 1, onRetry: ({ attempt }) => retries.push(attempt) } });
    sim.faults.enqueue({ status: 503, path: BALANCE }, { status: 503, path: BALANCE });
    const balance = await client.account.balance.retrieve();
    assert.equal(balance.mode, 'prepaid');
    assert.deepEqual(requestsTo(sim, BALANCE), ['GET 503', 'GET 503', 'GET 200']);
    assert.deepEqual(retries, [1, 2]);
  });

  it('gives up after the limit with the last error', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: { limit: 1, baseDelay: 1 } });
    sim.faults.persist({ status: 502, path: BALANCE });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, ApiError));
    assert.equal(error.status, 502);
    assert.deepEqual(requestsTo(sim, BALANCE), ['GET 502', 'GET 502']);
  });

  it('retries a dropped connection, then reports a NetworkError', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    sim.faults.persist({ drop: true, path: BALANCE });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, NetworkError));
    assert.equal(error.code, 'network_error');
    assert.equal(requestsTo(sim, BALANCE).length, 3);
  });

  it('honours Retry-After', async () => {
    const delays: number[] = [];
    const client = clientFor(sim, sim.customers.prepaid, { retry: { baseDelay: 1, onRetry: ({ delay }) => delays.push(delay) } });
    sim.faults.enqueue({ status: 429, retryAfter: 0.05, path: BALANCE });
    await client.account.balance.retrieve();
    assert.deepEqual(delays, [50]);
  });

  it('does not wait for a Retry-After longer than allowed: RateLimitError with retryAfter', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    sim.faults.enqueue({ status: 429, retryAfter: 120, path: BALANCE });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, RateLimitError));
    assert.equal(error.retryAfter, 120);
    assert.equal(requestsTo(sim, BALANCE).length, 1);
  });

  it('501 and 505 are tried once: a retry would get the same answer', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    for (const status of [501, 505]) {
      sim.reset();
      sim.faults.persist({ status, path: BALANCE });
      const error = await client.account.balance.retrieve().catch((e: unknown) => e);
      assert.ok(isA(error, ApiError) && error.status === status, String(error));
      assert.deepEqual(requestsTo(sim, BALANCE), [`GET ${status}`]);
    }
  });

  it('a GET whose body came cut off is tried again, and succeeds', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    sim.faults.enqueue({ malformed: true, path: BALANCE });
    const balance = await client.account.balance.retrieve();
    assert.equal(balance.mode, 'prepaid');
    assert.deepEqual(requestsTo(sim, BALANCE), ['GET 200', 'GET 200']);
  });

  it('a POST without an idempotency key is never retried', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const path = `/v1/account/top-ups/${topUp.id}/confirmation`;
    sim.faults.enqueue({ status: 503, path }, { drop: true, path });
    await assert.rejects(client.account.topUps.attachConfirmation(topUp.id, pdf()), (e) => isA(e, ApiError) && e.status === 503);
    await assert.rejects(client.account.topUps.attachConfirmation(topUp.id, pdf()), NetworkError);
    assert.deepEqual(requestsTo(sim, path), ['POST 503', 'POST dropped']);
  });

  it('nor is one whose answer came cut off: it may have had its effect', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    const topUp = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_transfer' });
    const path = `/v1/account/top-ups/${topUp.id}/confirmation`;
    sim.faults.enqueue({ malformed: true, path });
    const error = await client.account.topUps.attachConfirmation(topUp.id, pdf()).catch((e: unknown) => e);
    assert.ok(isA(error, ContractError) && error.issues[0]?.code === 'invalid_json', String(error));
    assert.deepEqual(requestsTo(sim, path), ['POST 200']);
  });

  it('a creating POST retries with the same key', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: FAST_RETRY });
    sim.faults.enqueue({ status: 503, path: '/v1/account/top-ups' }, { drop: true, path: '/v1/account/top-ups' });
    await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' });
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/account/top-ups');
    assert.deepEqual(posts.map((e) => e.status), [503, 'dropped', 201]);
    assert.equal(new Set(posts.map((e) => e.idempotencyKey)).size, 1);
    assert.match(posts[0]!.idempotencyKey!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('two user actions get two keys', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const params = { amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' };
    const [a, b] = [await client.account.topUps.create(params), await client.account.topUps.create(params)];
    assert.notEqual(a.id, b.id);
  });
});

describe('a retry that meets its own first attempt', () => {
  beforeEach(() => sim.reset());

  it('a timeout retried while the first try still runs waits for it, and charges once', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: { limit: 5, baseDelay: 1 } });
    const before = (await client.account.balance.retrieve()).available.amount;
    sim.latency = 300;
    try {
      const topUp = await client.account.topUps.create({ amount: { amount: 5000, currency: 'PLN' }, paymentMethodId: 'pm_card' }, { timeout: 100 });
      assert.equal(topUp.status, 'succeeded');
    } finally {
      sim.latency = 0;
    }
    const posts = sim.log.filter((e) => e.method === 'POST' && e.path === '/v1/account/top-ups').map((e) => e.status);
    assert.ok(posts.includes(409), `a duplicate met the first attempt in flight: ${posts.join(', ')}`);
    assert.equal((await client.account.balance.retrieve()).available.amount - before, 5000);
  });
});

describe('abort and timeout', () => {
  beforeEach(() => sim.reset());

  it('an aborted call sends nothing more', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: { baseDelay: 1, maxRetryAfter: 60_000 } });
    await client.account.balance.retrieve();
    const before = requestsTo(sim, BALANCE).length;
    sim.faults.enqueue({ status: 503, retryAfter: 0.2, path: BALANCE });
    const controller = new AbortController();
    const call = client.account.balance.retrieve({ signal: controller.signal });
    while (requestsTo(sim, BALANCE).length === before) await new Promise((r) => setTimeout(r, 1));
    controller.abort();
    await assert.rejects(call, { name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(requestsTo(sim, BALANCE).slice(before), ['GET 503']);
  });

  it('a call aborted before it starts sends nothing', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    await client.account.balance.retrieve();
    const before = sim.log.length;
    await assert.rejects(client.account.balance.retrieve({ signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(sim.log.length, before);
  });

  it('an answer that does not come in time is a TimeoutError', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { retry: false });
    sim.faults.enqueue({ timeout: true, path: BALANCE });
    const error = await client.account.balance.retrieve({ timeout: 50 }).catch((e: unknown) => e);
    assert.ok(isA(error, TimeoutError));
    assert.equal(error.code, 'timeout');
  });

  it('the total timeout ends a call across its retries, with a TimeoutError', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { timeout: 40, totalTimeout: 150, retry: { limit: 20, baseDelay: 1, maxDelay: 5 } });
    await client.account.balance.retrieve();
    sim.faults.persist({ timeout: true, path: BALANCE });
    const before = requestsTo(sim, BALANCE).length;
    const started = performance.now();
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    const took = performance.now() - started;
    assert.ok(isA(error, TimeoutError), String(error));
    assert.equal(error.code, 'total_timeout');
    assert.equal(error.request?.headers.authorization, 'Bearer [redacted]');
    const tries = requestsTo(sim, BALANCE).length - before;
    assert.ok(tries >= 2 && tries <= 4, `${tries} tries of 40 ms in 150 ms`);
    assert.ok(took >= 140 && took < 1000, `gave up after ${Math.round(took)} ms`);
  });

  it('a call’s own totalTimeout overrides the client’s', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { timeout: 40, totalTimeout: 10_000, retry: { limit: 20, baseDelay: 1, maxDelay: 5 } });
    await client.account.balance.retrieve();
    sim.faults.persist({ timeout: true, path: BALANCE });
    const error = await client.account.balance.retrieve({ totalTimeout: 100 }).catch((e: unknown) => e);
    assert.ok(isA(error, TimeoutError) && error.code === 'total_timeout', String(error));
    const hasty = clientFor(sim, sim.customers.prepaid, { timeout: 40, totalTimeout: 50, retry: { limit: 2, baseDelay: 1, maxDelay: 5 } });
    const before = requestsTo(sim, BALANCE).length;
    const unlimited = await hasty.account.balance.retrieve({ totalTimeout: Infinity }).catch((e: unknown) => e);
    assert.ok(isA(unlimited, TimeoutError) && unlimited.code === 'timeout', 'with no total limit, each try runs out its own time');
    assert.equal(requestsTo(sim, BALANCE).length - before, 3);
  });

  it('a wait that would end after the total timeout is not waited for: the last failure comes at once', async () => {
    const client = clientFor(sim, sim.customers.prepaid, { totalTimeout: 300 });
    sim.faults.enqueue({ status: 429, retryAfter: 0.5, path: BALANCE });
    const started = performance.now();
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, RateLimitError) && error.retryAfter === 0.5, String(error));
    assert.ok(performance.now() - started < 300);
    assert.deepEqual(requestsTo(sim, BALANCE), ['GET 429']);
  });
});

describe('contract', () => {
  beforeEach(() => sim.reset());

  it('a response missing a field raises ContractError with its path', async () => {
    const drifting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith(BALANCE) || !response.ok) return response;
      const { available: _dropped, ...rest } = (await response.json()) as Record<string, unknown>;
      return Response.json(rest, { status: response.status, headers: response.headers });
    };
    const client = clientFor(sim, sim.customers.prepaid, { fetch: drifting });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, ContractError));
    assert.equal(error.path, 'available');
    assert.match(error.message, /does not match the contract at "available"/);
  });

  it('a body that keeps coming back not JSON raises ContractError after the retries, not a SyntaxError', async () => {
    const retried: unknown[] = [];
    const client = clientFor(sim, sim.customers.prepaid, { retry: { baseDelay: 1, maxDelay: 5, onRetry: ({ error }) => retried.push(error) } });
    sim.faults.persist({ malformed: true, path: BALANCE });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, ContractError));
    assert.equal(error.issues[0]?.code, 'invalid_json');
    assert.deepEqual(requestsTo(sim, BALANCE), ['GET 200', 'GET 200', 'GET 200']);
    assert.ok(retried.length === 2 && retried.every((e) => isA(e, ContractError)));
  });

  it('reads at most 64 KiB of an error body: a larger one is cut, and still gives the error of its status', async () => {
    const size = 1024 * 1024;
    const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
    let pulled = 0;
    let cancelled = false;
    const huge: typeof fetch = async () => {
      const head = new TextEncoder().encode('{"code":"too_small","detail":"');
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(head);
        },
        pull(controller) {
          if (pulled >= size) return controller.close();
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { status: 422, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_huge' } });
    };
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: huge, retry: false });
    const error = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(error, ValidationError), String(error));
    assert.equal(error.status, 422);
    assert.equal(error.code, 'http_422');
    assert.equal(error.requestId, 'req_huge');
    assert.equal(error.message, 'The API answered 422');
    assert.ok(pulled <= 128 * 1024, `read ${pulled} bytes of ${size}`);
    assert.ok(cancelled, 'the rest of the body is not downloaded');
  });

  it('an error body within the limit is read whole', async () => {
    const detail = 'x'.repeat(60 * 1024);
    const large: typeof fetch = async () => Response.json({ code: 'service_unavailable', detail }, { status: 503 });
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: large, retry: false });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, ApiError) && error.status === 503, String(error));
    assert.equal(error.code, 'service_unavailable');
    assert.equal(error.message, detail);
  });

  it('an error answer that is not problem+json still maps by status', async () => {
    const proxy: typeof fetch = async () => new Response('<html>Bad gateway</html>', { status: 404, headers: { 'content-type': 'text/html' } });
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: proxy });
    const error = await client.account.balance.retrieve().catch((e: unknown) => e);
    assert.ok(isA(error, ApiError));
    assert.equal(error.name, 'NotFoundError');
    assert.equal(error.code, 'http_404');
  });

  it('redacts credentials whatever their case, and keeps the session header its own', async () => {
    let sent: Headers | undefined;
    const spy: typeof fetch = async (_input, init) => {
      sent = new Headers(init?.headers);
      return new Response('{}', { status: 500 });
    };
    const client = createClient({ baseUrl: BASE_URL, token: 'cs_secret', fetch: spy, retry: false, headers: { Authorization: 'Basic c3R1ZmY=', Cookie: 'sid=abc', 'X-Trace': 't1' } });
    const error = (await client.account.balance.retrieve().catch((e: unknown) => e)) as PorticoError;
    assert.equal(sent?.get('authorization'), 'Bearer cs_secret');
    assert.deepEqual(error.request?.headers, { accept: 'application/json', cookie: '[redacted]', 'x-trace': 't1', authorization: 'Bearer [redacted]' });
  });

  it('reads another framework’s error body by its status, without crashing', async () => {
    const rails: typeof fetch = async () => Response.json({ errors: { amount: ['is too small'] }, detail: 42 }, { status: 422 });
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: rails, retry: false });
    const error = await client.account.topUps.create({ amount: { amount: 2000, currency: 'PLN' }, paymentMethodId: 'pm_card' }).catch((e: unknown) => e);
    assert.ok(isA(error, ApiError) && error.name === 'ValidationError');
    assert.deepEqual(error.fieldErrors, []);
    assert.equal(error.message, 'The API answered 422');
  });

  it('never carries the token in an error, its message or its request', async () => {
    const token = sim.createSession(sim.customers.prepaid).token;
    const client = createClient({ baseUrl: BASE_URL, token, retry: false });
    const errors: unknown[] = [];
    sim.faults.enqueue({ status: 503, path: BALANCE }, { drop: true, path: BALANCE }, { malformed: true, path: BALANCE }, { timeout: true, path: BALANCE });
    for (let i = 0; i < 4; i++) errors.push(await client.account.balance.retrieve({ timeout: 100 }).catch((e: unknown) => e));
    errors.push(await client.account.topUps.create({ amount: { amount: 2000, currency: 'EUR' }, paymentMethodId: 'pm_card' }).catch((e: unknown) => e));
    sim.revokeSessions();
    errors.push(await client.account.balance.retrieve().catch((e: unknown) => e));
    assert.deepEqual(
      errors.map((e) => (e as Error).name),
      ['ApiError', 'NetworkError', 'ContractError', 'TimeoutError', 'ValidationError', 'AuthenticationError'],
    );
    for (const error of errors) {
      assert.ok(isA(error, PorticoError));
      const text = [error.message, error.stack, JSON.stringify(error), JSON.stringify(error.request), JSON.stringify(Object.entries(error))].join('\n');
      assert.ok(!text.includes(token), `${error.name} leaks the token`);
      assert.equal(error.request?.headers.authorization, 'Bearer [redacted]');
    }
  });
});

describe('pagination', () => {
  it('follows cursors across pages, lazily', async () => {
    const seen: string[] = [];
    const pages: Record<string, unknown> = {
      '': { data: [{ id: 'pm_card', type: 'card', label: 'Visa' }], nextCursor: 'c2' },
      c2: { data: [{ id: 'pm_blik', type: 'blik', label: 'BLIK' }], nextCursor: 'c3' },
      c3: { data: [{ id: 'pm_transfer', type: 'bank_transfer', label: 'Przelew' }], nextCursor: null },
    };
    const paged: typeof fetch = async (input) => {
      const url = new URL(String(input));
      seen.push(url.search);
      return Response.json(pages[url.searchParams.get('cursor') ?? '']);
    };
    const client = createClient({ baseUrl: BASE_URL, token: 't', fetch: paged });
    const first = await client.account.paymentMethods.list();
    assert.deepEqual(first.data.map((m) => m.id), ['pm_card']);
    assert.deepEqual(seen, ['']);
    const ids: string[] = [];
    for await (const method of client.account.paymentMethods.list()) ids.push(method.id);
    assert.deepEqual(ids, ['pm_card', 'pm_blik', 'pm_transfer']);
    assert.deepEqual(seen, ['', '', '?cursor=c2', '?cursor=c3']);
    assert.deepEqual((await client.account.paymentMethods.list().toArray({ limit: 2 })).map((m) => m.id), ['pm_card', 'pm_blik']);
    await assert.rejects(client.account.paymentMethods.list().toArray({ limit: 0 }), RangeError);
    await assert.rejects(client.account.paymentMethods.list().toArray({ limit: 10_001 }), RangeError);
  });

  it('nextPage() walks the simulator one page at a time, and ends with null', async () => {
    const client = clientFor(sim, sim.customers.prepaid);
    const total = sim.world.customers.get(sim.customers.prepaid)!.topUps.length;
    let page = await client.account.topUps.list({ limit: 5 });
    const ids = [...page.data.map((t) => t.id)];
    for (let next = await page.nextPage(); next; next = await next.nextPage()) {
      ids.push(...next.data.map((t) => t.id));
      page = next;
    }
    assert.equal(page.hasMore, false);
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total);
  });
});

describe('configuration', () => {
  it('refuses a client with no session source', () => {
    assert.throws(() => createClient({ baseUrl: BASE_URL } as never), TypeError);
  });

  it('sends the locale as Accept-Language and extra headers', async () => {
    let seen: Headers | undefined;
    const spy: typeof fetch = async (input, init) => {
      seen = new Headers(init?.headers);
      return Response.json({ available: { amount: 1, currency: 'PLN' }, creditLimit: null, mode: 'prepaid' });
    };
    const client = createClient({ baseUrl: `${BASE_URL}/`, token: 't', locale: 'pl', fetch: spy, headers: { 'x-reseller': 'acme' } });
    await client.account.balance.retrieve({ headers: { 'x-trace': '1' } });
    assert.equal(seen?.get('accept-language'), 'pl');
    assert.equal(seen?.get('x-reseller'), 'acme');
    assert.equal(seen?.get('x-trace'), '1');
    assert.equal(seen?.get('authorization'), 'Bearer t');
  });
});
