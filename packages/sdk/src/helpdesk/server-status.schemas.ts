import { defineOperation } from '../core/operation.ts';
import { Id, Timestamp } from '../core/common.schemas.ts';
import { z } from '../core/zod.ts';

/** How a server or one of its services is doing. */
export const ServiceHealth = z.enum(['operational', 'degraded', 'outage', 'maintenance']);
export type ServiceHealth = z.infer<typeof ServiceHealth>;

/** A problem being handled, with what the provider said as it went. */
export const Incident = z.object({
  id: Id,
  title: z.string(),
  status: z.enum(['investigating', 'identified', 'monitoring', 'resolved']),
  startedAt: Timestamp,
  resolvedAt: z.nullable(Timestamp),
  /** Newest first, plain text. */
  updates: z.array(z.object({ at: Timestamp, message: z.string() })),
});
export type Incident = z.infer<typeof Incident>;

/** One of the provider's servers and what runs on it (FEATURES D6). */
export const ServerStatus = z.object({
  id: Id,
  name: z.string(),
  /** Where it stands: `Warszawa (WAW-1)`. */
  location: z.string(),
  status: ServiceHealth,
  services: z.array(z.object({ name: z.string(), status: ServiceHealth })),
  /** Share of the last 30 days it was up, 0–1. */
  uptime: z.number().check(z.gte(0), z.lte(1)),
  /** Current and recently resolved problems, newest first. */
  incidents: z.array(Incident),
  checkedAt: Timestamp,
});
export type ServerStatus = z.infer<typeof ServerStatus>;

export const serverStatusOperations = {
  list: defineOperation({
    id: 'serverStatus.list',
    method: 'GET',
    path: '/v1/helpdesk/server-status',
    summary: "The provider's servers, their services and current problems",
    response: z.object({ data: z.array(ServerStatus) }),
  }),
};
