import type { FieldError } from './errors.ts';

/** A problem with one value, in zod's vocabulary: `{ path, code, ...facts }`. */
export interface Issue {
  path: PropertyKey[];
  code: string;
  [fact: string]: unknown;
}

/** An issue as a field error: dotted path, code, an English message and the facts behind it. */
export function toFieldError(issue: Issue): FieldError {
  const { code, path, message: _message, input: _input, ...params } = issue;
  const error: FieldError = { path: path.map(String).join('.'), code, message: messageOf(issue) };
  if (Object.keys(params).length) error.params = params;
  return error;
}

function messageOf(issue: Issue): string {
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'file' ? ' bytes' : '';
  switch (issue.code) {
    case 'invalid_type':
      return `Expected ${String(issue.expected)}`;
    case 'too_small':
      return `Must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}${unit}`;
    case 'too_big':
      return `Must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${unit}`;
    case 'invalid_value':
      return `Expected one of ${(issue.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_format':
      return `Invalid ${String(issue.format)}`;
    case 'unrecognized_keys':
      return `Unknown field(s) ${(issue.keys as string[]).join(', ')}`;
    default:
      return typeof issue.message === 'string' && issue.message ? issue.message : 'Invalid value';
  }
}
