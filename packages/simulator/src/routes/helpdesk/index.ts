import type { SimulatorContext } from '../../http/context.ts';
import { announcementRoutes } from './announcements.ts';
import { attachmentRoutes } from './attachments.ts';
import { downloadRoutes } from './downloads.ts';
import { knowledgeBaseRoutes } from './knowledge-base.ts';
import { serverStatusRoutes } from './server-status.ts';
import { ticketRoutes } from './tickets.ts';

/** D1–D7: the helpdesk, as the SDK's `helpdesk` module has it. */
export function helpdeskRoutes(sim: SimulatorContext) {
  return [
    ...ticketRoutes(sim),
    ...attachmentRoutes(sim),
    ...knowledgeBaseRoutes(sim),
    ...announcementRoutes(sim),
    ...downloadRoutes(sim),
    ...serverStatusRoutes(sim),
  ];
}
