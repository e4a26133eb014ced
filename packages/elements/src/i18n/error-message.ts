import {
  AuthenticationError,
  ConflictError,
  ContractError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  ApiError,
} from '@portico/sdk/core';
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
  if (error instanceof MissingClientError) return t.notConfigured;
  if (error instanceof NetworkError) return typeof navigator !== 'undefined' && navigator.onLine === false ? t.offline : t.unreachable;
  if (error instanceof TimeoutError) return t.timeout;
  if (error instanceof AuthenticationError) return t.sessionExpired;
  if (error instanceof PermissionError) return t.permission;
  if (error instanceof RateLimitError) return t.rateLimited({ seconds: error.retryAfter === undefined ? undefined : Math.ceil(error.retryAfter) });
  if (error instanceof NotFoundError) return t.notFound;
  if (error instanceof ConflictError) return t.conflict;
  if (error instanceof ValidationError) return t.invalid;
  if (error instanceof ContractError) return t.contract;
  if (error instanceof ApiError) return t.server;
  return t.unknown;
}
