import { ApiError, AuthenticationError, ConflictError, ContractError, isA, NetworkError, NotFoundError, PermissionError, RateLimitError, TimeoutError, ValidationError } from '@portico/sdk/core';
import type { CommonMessages } from './common.messages.ts';

/** A widget that has no client to talk to: a mistake of the page, explained in the console. */
export class MissingClientError extends Error {
  override name = 'MissingClientError';
  constructor(tag: string) {
    super(`<${tag}> has no Portico client: put it inside <portico-provider>, set its .client property, or call configure() first.`);
  }
}

/** What an error means to the person in front of the widget, in their language. */
export function describeError(error: unknown, t: CommonMessages): string {
  if (isA(error, MissingClientError)) return t.notConfigured;
  if (isA(error, NetworkError)) return typeof navigator !== 'undefined' && navigator.onLine === false ? t.offline : t.unreachable;
  if (isA(error, TimeoutError)) return t.timeout;
  if (isA(error, AuthenticationError)) return t.sessionExpired;
  if (isA(error, PermissionError)) return t.permission;
  if (isA(error, RateLimitError)) return t.rateLimited({ seconds: error.retryAfter === undefined ? undefined : Math.ceil(error.retryAfter) });
  if (isA(error, NotFoundError)) return t.notFound;
  if (isA(error, ConflictError)) return t.conflict;
  if (isA(error, ValidationError)) return t.invalid;
  if (isA(error, ContractError)) return t.contract;
  if (isA(error, ApiError)) return t.server;
  return t.unknown;
}
