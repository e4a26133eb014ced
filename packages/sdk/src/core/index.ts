/**
 * The transport every domain API stands on. Widgets import from here and from one domain
 * (`@portico/sdk/account`, …), so a page loads only the contract it uses — compiled, not zod.
 * @module
 */
export { ClientCore, type ClientConfig, type RequestOptions } from './client-core.ts';
export * from './errors.ts';
export { isA } from './is-a.ts';
export { PERMISSIONS, type PermissionName } from './permissions.ts';
export { Page, list, type PagePromise } from './page.ts';
export { type RetryOptions } from './retry.ts';
export { type SessionTokenResult } from './session.ts';
export { type UploadProgress } from './upload.ts';
export type { Money } from './money.schemas.ts';
export { formatMoney, parseMoney, minorDigits, toDecimalString, type MoneyParseResult, type MoneyParseFailure } from './money.ts';
export { createIdempotencyKey } from './idempotency.ts';
export { fillPath, type ClientOperation, type OperationInput, type OperationOutput, type HttpMethod } from './operation.ts';
export { parseInput, parseOutput } from './validate.ts';
export { toFieldError, type Issue } from './issues.ts';
export { validator, isObject, type Validator, type ValidationResult } from './validator.ts';
export { addDays, dayKey, dayOf, isTimeZone, monthStart, parseDayKey, startOfDay, zoneOffset, type CalendarDay } from './calendar.ts';
