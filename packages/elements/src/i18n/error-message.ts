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
  if (isA(error, PermissionError)) return permissionMessage(error, t);
  if (isA(error, RateLimitError)) return t.rateLimited({ seconds: error.retryAfter === undefined ? undefined : Math.ceil(error.retryAfter) });
  if (isA(error, NotFoundError)) return t.notFound;
  if (isA(error, ConflictError)) return t.conflict;
  if (isA(error, ValidationError)) return t.invalid;
  if (isA(error, ContractError)) return t.contract;
  if (isA(error, ApiError)) return t.server;
  return t.unknown;
}

/** Why a portal user may not: the permission it lacks, by name, or its read-only access. */
function permissionMessage(error: PermissionError, t: CommonMessages): string {
  const permission = error.fieldErrors[0]?.params?.['permission'];
  if (error.code === 'permission_denied' && typeof permission === 'string' && permission in t.permissions) return t.notAllowed({ permission: t.permissions[permission as keyof CommonMessages['permissions']] });
  if (error.code === 'read_only_user') return t.readOnly;
  return t.permission;
}

/** A refusal of who the user is, not of the moment: trying again changes nothing. */
export function isPermanentRefusal(error: unknown): boolean {
  return isA(error, PermissionError) && (error.code === 'permission_denied' || error.code === 'read_only_user');
}
