/**
 * The Portico API contract in zod: every schema and operation. For servers and tools
 * (the simulator, OpenAPI, a backend that wants to validate what it answers); clients use
 * the compiled validators and never load zod.
 * @module
 */
export { z } from './core/zod.ts';
export { defineOperation, type Operation, type AnyOperation } from './core/operation.ts';
export * from './core/common.schemas.ts';
export * from './core/money.schemas.ts';
export * from './problem.schemas.ts';
export * from './account/account.schemas.ts';
export * from './account/balance.schemas.ts';
export * from './account/payment-methods.schemas.ts';
export * from './account/top-ups.schemas.ts';
export * from './account/ledger.schemas.ts';
export * from './account/invoices.schemas.ts';
export * from './account/users.schemas.ts';
export * from './account/security.schemas.ts';
export * from './account/security-limits.ts';
export * from './account/password-policy.ts';
export * from './account/top-up-limits.ts';
export * from './reseller/reseller.schemas.ts';
export * from './contracts/contracts.schemas.ts';
export * from './contracts/sim-swaps.schemas.ts';
export * from './contracts/services.schemas.ts';
export * from './contracts/calls.schemas.ts';
export * from './account/services.schemas.ts';
export * from './helpdesk/tickets.schemas.ts';
export * from './helpdesk/attachment-limits.ts';
export * from './helpdesk/ticket-limits.ts';
export * from './helpdesk/knowledge-base.schemas.ts';
export * from './helpdesk/announcements.schemas.ts';
export * from './helpdesk/downloads.schemas.ts';
export * from './helpdesk/server-status.schemas.ts';
export * from './telephony/telephony-limits.ts';
export * from './telephony/dial-plan.schemas.ts';
export * from './telephony/pbx.schemas.ts';
export * from './telephony/audio.schemas.ts';
export * from './telephony/extensions.schemas.ts';
export * from './telephony/phone-lines.schemas.ts';
export * from './telephony/hunt-groups.schemas.ts';
export * from './telephony/pbx-calls.schemas.ts';
export { operations, allOperations } from './operations.ts';
