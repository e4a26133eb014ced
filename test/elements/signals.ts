import { nextFrame } from '@open-wc/testing';
import type { ClientCore } from '@portico/sdk/core';

/**
 * Signals that a moment has passed, for tests of what must not happen (no request, no second
 * order, no script run): each waits for something that happens after the unwanted thing would
 * have, never for an amount of time.
 */

/** Resolves in the next task: every promise continuation queued before it has run. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(undefined);
  });
}

/** A request a widget asked its client for. */
export interface Asked {
  /** The operation's id, e.g. `topUps.create`. */
  operation: string;
  /**
   * Resolves (never rejects) once the answer is in (or the request was given up) and the
   * widget has done what it does with it: its continuations after `await client.request()`
   * are promise jobs, all run before the next task.
   */
  done: Promise<void>;
}

/**
 * Records every request a widget asks `client` for, at the moment it asks. Widgets call the
 * client in the same turn as the click, the key or the event that leads to the request (the
 * session token is awaited inside the call): once that handler has returned, a request not
 * recorded is one the action did not lead to.
 */
export function watch(client: Pick<ClientCore, 'request'>): Asked[] {
  const asked: Asked[] = [];
  const request = client.request.bind(client);
  client.request = ((...args: Parameters<ClientCore['request']>) => {
    const answer = request(...args);
    asked.push({ operation: args[0].id, done: answer.then(nextTask, nextTask) });
    return answer;
  }) as ClientCore['request'];
  return asked;
}

/** The operations asked for, in order (`topUps.create`…), optionally only those named. */
export function operations(asked: readonly Asked[], ...only: string[]): string[] {
  return asked.map((a) => a.operation).filter((operation) => !only.length || only.includes(operation));
}

/**
 * Waits until every request asked for so far has been answered and handled, and so have the
 * ones those answers led to (a refresh after an order, the next page of a check).
 */
export async function answered(asked: readonly Asked[]): Promise<void> {
  let seen: number;
  do {
    seen = asked.length;
    await Promise.all(asked.map((a) => a.done));
  } while (asked.length !== seen);
}

/** The page's timers of the widgets' polling, held for the test to run. */
export interface HeldTimers {
  /** Timers held and not cleared since. */
  readonly pending: number;
  /** Runs the timers held so far, as if their delay had passed; returns how many ran. */
  run(): number;
  /** The page's own setTimeout and clearTimeout again. */
  restore(): void;
}

/** The widgets' polls, held by `holdPolls()`. */
export type HeldPolls = HeldTimers;

/**
 * Fake timers for one module of the widgets (the one whose path `source` matches in the
 * caller's stack): a timer it sets is held instead of started, and runs when the test calls
 * `run()`. Every other timer of the page (the test runner's, msw's, the simulator's latency)
 * runs as usual.
 */
export function holdTimers(source: RegExp): HeldTimers {
  const realSet = window.setTimeout;
  const realClear = window.clearTimeout;
  const held = new Map<number, () => void>();
  // Ids of their own, far above the browser's: clearTimeout tells them apart.
  let next = 2 ** 30;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function' || !source.test(new Error().stack ?? '')) return realSet(handler, delay, ...args);
    const id = next++;
    held.set(id, () => (handler as (...values: unknown[]) => void)(...args));
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id === undefined || !held.delete(id)) realClear(id);
  }) as typeof window.clearTimeout;
  return {
    get pending() {
      return held.size;
    },
    run() {
      const due = [...held.values()];
      held.clear();
      for (const timer of due) timer();
      return due.length;
    },
    restore() {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    },
  };
}

/** The widgets' polling (packages/elements/src/controllers/poller.ts), held: see `holdTimers()`. */
export function holdPolls(): HeldPolls {
  return holdTimers(/\/controllers\/poller\.ts\b/);
}

/**
 * Resolves once an image of `src` has failed to load in this document. An image of the same
 * address that a widget let into the page (from text it should have sanitised) started
 * loading before this one, from the same server: by the time this one has failed, that one
 * has failed too, and its onerror has had its turn.
 */
export function imageFailed(src = 'x'): Promise<void> {
  return new Promise((resolve, reject) => {
    const image = document.createElement('img');
    image.onerror = () => void nextTask().then(resolve);
    image.onload = () => reject(new Error(`an image of ${src} loaded: it cannot stand for one that fails`));
    image.src = src;
  });
}

/**
 * Lets whatever content brought into the page run, if it can: images fail, frames load,
 * details elements toggle, animations begin. Each of these happens to a probe of our own,
 * added after the content: an image of the address the test payloads use (`x`) fails, a frame
 * from markup loads, a details element the parser opened toggles, an animation begins. What
 * the content brought was there first, and has had its turn by then. (Each suite that uses
 * this has a control: the same payloads, not sanitised, do run by the time this resolves.)
 */
export async function letContentRun(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.innerHTML = '<iframe srcdoc="<p>probe</p>"></iframe><details open><summary>probe</summary></details><svg><animate attributeName="x" dur="1s"></animate></svg>';
  const happens = (selector: string, event: string) => new Promise<void>((resolve) => probe.querySelector(selector)!.addEventListener(event, () => resolve(), { once: true }));
  const events = [happens('iframe', 'load'), happens('details', 'toggle'), happens('animate', 'beginEvent')];
  document.body.append(probe);
  try {
    await Promise.all([...events, imageFailed('x')]);
  } finally {
    probe.remove();
  }
  await nextFrame();
  await nextTask();
}
