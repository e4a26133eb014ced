import { phoneLineOperations, type PhoneLine } from '@portico/sdk/contract';
import type { CustomerRecord } from '../../data/world.ts';
import { PRODUCT_NAMES, type PbxRecord, type PhoneLineRecord } from '../../data/telephony/records.ts';
import { registrationAt } from '../../data/telephony/sip.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { findPbx } from './find-pbx.ts';
import { requireVersion } from '../../http/versions.ts';

const DAY = 86_400_000;

function wireLine(customer: CustomerRecord, line: PhoneLineRecord, now: number): PhoneLine {
  const days = line.lastCallAt === null ? 0 : Math.floor((now - line.lastCallAt) / DAY);
  return {
    id: line.id,
    number: line.number,
    unusedDays: days > 0 ? days : null,
    availableFunds: { amount: line.availableFunds, currency: customer.currency },
    type: line.type,
    product: line.product,
    productName: PRODUCT_NAMES[line.product],
    pickupGroup: line.pickupGroup,
    location: line.location,
    forwarding: { ...line.forwarding },
    sip: registrationAt(line, now),
    phoneModel: line.phone?.model ?? null,
    version: line.version,
  };
}

function findLine(pbx: PbxRecord, id: string): PhoneLineRecord {
  const found = pbx.lines.find((l) => l.id === id);
  if (!found) throw new Problem(404, 'line_not_found', `No phone line ${id} on this PBX.`);
  return found;
}

/** T6: phone lines, with the SIP registration of the moment, and what a customer may configure. */
export function phoneLineRoutes(sim: SimulatorContext) {
  return [
    route(sim, phoneLineOperations.list, ({ customer, query }) => {
      const pbx = findPbx(customer);
      const now = sim.clock.now();
      return paginate(
        pbx.lines.map((l) => wireLine(customer, l, now)),
        { cursor: query.cursor, limit: query.limit ?? 50 },
      );
    }),
    route(sim, phoneLineOperations.retrieve, ({ customer, params }) => {
      const line = findLine(findPbx(customer), params.id);
      return new Reply(wireLine(customer, line, sim.clock.now()), { headers: { etag: `"${line.version}"` } });
    }),
    route(sim, phoneLineOperations.configure, ({ customer, params, body, request }) => {
      const pbx = findPbx(customer);
      const line = findLine(pbx, params.id);
      requireVersion(request, line.version, 'phone line');
      const { forwarding, pickupGroup } = body;
      if (forwarding.enabled && !forwarding.to) throw Problem.field('/forwarding/to', 'required', 'Say where calls are forwarded to.');
      if (forwarding.to === line.number) throw Problem.field('/forwarding/to', 'forwarding_loop', 'A line cannot forward its calls to itself.');
      if (pickupGroup !== null && !pbx.pickupGroups.includes(pickupGroup)) {
        throw Problem.field('/pickupGroup', 'unknown_pickup_group', `There is no pickup group "${pickupGroup}".`, { values: pbx.pickupGroups });
      }
      line.forwarding = { ...forwarding };
      line.pickupGroup = pickupGroup;
      line.version++;
      return new Reply(wireLine(customer, line, sim.clock.now()), { headers: { etag: `"${line.version}"` } });
    }),
  ];
}
