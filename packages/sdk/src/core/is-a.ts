/**
 * Whether `value` was made by `type` or a subclass of it — the class test, as a type guard:
 * `if (isA(error, ValidationError)) error.fieldErrors…`.
 */
export function isA<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && Object.prototype.isPrototypeOf.call(type.prototype, value);
}
