import { ClientCore, type ClientConfig } from '@portico/sdk/core';

export type ConfigureOptions = (
  | { client: ClientCore }
  | (Omit<ClientConfig, 'fetchSessionToken' | 'token'> & { fetchSessionToken: NonNullable<ClientConfig['fetchSessionToken']> })
  | (Omit<ClientConfig, 'fetchSessionToken' | 'token'> & {
      /** A URL of the reseller's backend that answers POST with `{ token, expiresAt }`. */
      sessionUrl: string;
    })
) & {
  locale?: string;
  /** The time zone widgets show times and count days in (`Europe/Warsaw`); unset, the browser's. */
  timeZone?: string;
};

export interface Defaults {
  client?: ClientCore | undefined;
  locale?: string | undefined;
  timeZone?: string | undefined;
}

const listeners = new Set<() => void>();
// One store per page, even when two copies of Portico are loaded.
const store = ((globalThis as { __porticoDefaults?: Defaults }).__porticoDefaults ??= {});

/** The client, language and time zone every widget uses unless a provider or its own property says otherwise. */
export function defaults(): Readonly<Defaults> {
  return store;
}

/**
 * Sets, once for the page, how widgets reach the API and which language they speak.
 *
 * ```ts
 * configure({ baseUrl: 'https://api.example.com', sessionUrl: '/portico/session', locale: 'pl' });
 * ```
 */
export function configure(options: ConfigureOptions): ClientCore {
  const { locale, timeZone, ...rest } = options;
  let client: ClientCore;
  if ('client' in rest) client = rest.client;
  else if ('sessionUrl' in rest) {
    const { sessionUrl, ...config } = rest;
    client = new ClientCore({ ...config, locale, fetchSessionToken: () => fetchSession(sessionUrl) });
  } else client = new ClientCore({ ...rest, locale });
  store.client = client;
  store.locale = locale;
  store.timeZone = timeZone;
  for (const listener of listeners) listener();
  return client;
}

/** Asks the reseller's backend for a customer session: `{ token, expiresAt }` as JSON, or the token as text. */
export async function fetchSession(url: string): Promise<{ token: string; expiresAt?: string }> {
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The session endpoint answered ${response.status}`);
  const text = await response.text();
  try {
    return JSON.parse(text) as { token: string; expiresAt?: string };
  } catch {
    return { token: text.trim() };
  }
}

/** Calls `listener` whenever `configure()` runs; returns the unsubscribe. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
