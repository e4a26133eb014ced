/**
 * The transport every domain API stands on. Widgets import from here and from one domain
 * (`@portico/sdk/account`, …), so a page loads only the contract it uses.
 * @module
 */
export { ClientCore, type ClientConfig, type RequestOptions } from './client-core.ts';
export * from './errors.ts';
export { Page, type PagePromise, pageOf } from './page.ts';
export { type RetryOptions } from './retry.ts';
export { type SessionTokenResult } from './session.ts';
export { type UploadProgress } from './upload.ts';
export { Money } from './money.schemas.ts';
export { formatMoney, parseMoney, minorDigits, toDecimalString, type MoneyParseResult, type MoneyParseFailure } from './money.ts';
export { createIdempotencyKey } from './idempotency.ts';
export { defineOperation, fillPath, type Operation, type AnyOperation, type OperationInput, type OperationOutput, type HttpMethod } from './operation.ts';
export { parseInput, parseOutput, toFieldError } from './validate.ts';
export { Id, IdParams, PageQuery, Timestamp } from './common.schemas.ts';
