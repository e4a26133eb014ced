import type { z } from './zod.ts';
import { ContractError, ValidationError, type FieldError, type RequestSummary } from './errors.ts';

type Schema = z.ZodMiniType;
type Issue = z.core.$ZodIssue;

/** Checks what the caller passes before anything is sent; bad input never leaves the client. */
export function parseInput<S extends Schema>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map(toFieldError);
  return fail(new ValidationError(describe(fieldErrors), { status: 422, code: 'validation_failed', fieldErrors, sent: false }));
}

/** Checks what the API answered; a backend that drifted from the contract fails loudly here. */
export function parseOutput<S extends Schema>(schema: S, value: unknown, request: RequestSummary): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(toFieldError);
  const first = issues[0]!;
  return fail(
    new ContractError(`The API's answer to ${request.method} ${request.url} does not match the contract at "${first.path || '(root)'}": ${first.message}`, {
      path: first.path,
      issues,
      request,
    }),
  );
}

function fail(error: Error): never {
  throw error;
}

function describe(errors: FieldError[]): string {
  return 'Invalid request: ' + errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}

/** One zod issue as a field error with an English message and the facts behind it. */
export function toFieldError(issue: Issue): FieldError {
  const { code, path, message: _message, input: _input, ...params } = issue as Issue & { input?: unknown };
  const error: FieldError = { path: path.join('.'), code, message: messageOf(issue) };
  if (Object.keys(params).length) error.params = params;
  return error;
}

function messageOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${issue.expected}`;
    case 'too_small':
      return `Must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `Must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `Invalid ${issue.format}`;
    case 'unrecognized_keys':
      return `Unknown field(s) ${issue.keys.join(', ')}`;
    default:
      return issue.message || 'Invalid value';
  }
}
