/**
 * Where a Portico error class keeps its name on its prototype. A registry symbol, so that
 * every copy of Portico on a page (an npm build beside the CDN one) uses the same one and an
 * error thrown by one copy is recognised by another, whose classes are different objects.
 */
export const PORTICO_ERROR_BRAND: unique symbol = Symbol.for('portico.error');

/** A prototype that may carry the brand. */
type Branded = { [PORTICO_ERROR_BRAND]?: string };

/**
 * Whether `value` was made by `type` or a subclass of it — the class test, as a type guard:
 * `if (isA(error, ValidationError)) error.fieldErrors…`. For Portico's error classes it also
 * holds for an error made by another copy of Portico: it is recognised by the brand of its
 * class and of the classes that class extends (a `ValidationError` is an `ApiError`).
 */
export function isA<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const prototype = type.prototype as Branded;
  if (Object.prototype.isPrototypeOf.call(prototype, value)) return true;
  if (!Object.hasOwn(prototype, PORTICO_ERROR_BRAND)) return false;
  const brand = prototype[PORTICO_ERROR_BRAND];
  for (let link = Object.getPrototypeOf(value) as Branded | null; link !== null; link = Object.getPrototypeOf(link) as Branded | null) {
    if (Object.hasOwn(link, PORTICO_ERROR_BRAND) && link[PORTICO_ERROR_BRAND] === brand) return true;
  }
  return false;
}
