import type { CustomerRecord } from '../../data/world.ts';
import type { PbxRecord } from '../../data/telephony/records.ts';
import { Problem } from '../../http/problem.ts';

/** The customer's PBX; a customer without one is told so (403 `no_pbx`), not shown an empty one. */
export function findPbx(customer: CustomerRecord): PbxRecord {
  if (!customer.pbx) throw new Problem(403, 'no_pbx', 'This account has no hosted PBX. IP telephony with a PBX can be ordered from your provider.');
  return customer.pbx;
}
