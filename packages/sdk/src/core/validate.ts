import { ContractError, ValidationError, type FieldError, type RequestSummary } from './errors.ts';
import type { Validator } from './validator.ts';

/** Checks what the caller passes before anything is sent; bad input never leaves the client. */
export function parseInput<T>(validate: Validator<T>, value: unknown): T {
  const result = validate(value);
  if (result.ok) return result.value;
  throw new ValidationError(describe(result.issues), { status: 422, code: 'validation_failed', fieldErrors: result.issues, sent: false });
}

/** Checks what the API answered; a backend that drifted from the contract fails loudly here. */
export function parseOutput<T>(validate: Validator<T>, value: unknown, request: RequestSummary): T {
  const result = validate(value);
  if (result.ok) return result.value;
  const first = result.issues[0]!;
  throw new ContractError(`The API's answer to ${request.method} ${request.url} does not match the contract at "${first.path || '(root)'}": ${first.message}`, {
    path: first.path,
    issues: result.issues,
    request,
  });
}

function describe(errors: FieldError[]): string {
  return 'Invalid request: ' + errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
}
