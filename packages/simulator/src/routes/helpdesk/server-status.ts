import { serverStatusOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import { localeOf } from '../../http/locale.ts';
import { route } from '../../http/route.ts';

/** D6: the provider's servers, their services and current or recent problems. */
export function serverStatusRoutes(sim: SimulatorContext) {
  return [
    route(sim, serverStatusOperations.list, ({ customer, request }) => {
      const locale = localeOf(request, customer);
      const checkedAt = sim.clock.iso();
      return {
        data: sim.world.helpdesk.servers.map((server) => ({
          id: server.id,
          name: server.name,
          location: server.location[locale],
          status: server.status,
          services: server.services.map((s) => ({ name: s.name[locale], status: s.status })),
          uptime: server.uptime,
          incidents: server.incidents.map((incident) => ({
            id: incident.id,
            title: incident.title[locale],
            status: incident.status,
            startedAt: incident.startedAt,
            resolvedAt: incident.resolvedAt,
            updates: incident.updates.map((u) => ({ at: u.at, message: u.message[locale] })),
          })),
          checkedAt,
        })),
      };
    }),
  ];
}
