import { contractOperations, tariffPlanOperations, type Contract } from '@portico/sdk/contract';
import type { ContractRecord } from '../../data/contracts.ts';
import type { SimulatorContext } from '../../http/context.ts';
import { paginate } from '../../http/paginate.ts';
import { Problem } from '../../http/problem.ts';
import { Reply, route } from '../../http/route.ts';
import { findContract } from './find-contract.ts';

/** The contract without what the simulator keeps behind it (PUK, services, calls…). */
function wire(contract: ContractRecord): Contract {
  const { id, msisdn, label, status, plan, startedAt, endsAt, simUser, iccid, simType, version } = contract;
  return { id, msisdn, label, status, plan, startedAt, endsAt, simUser, iccid, simType, version };
}

/** Polish letters folded, lower case: "wojcik" finds "Wójcik". */
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'l').toLowerCase();

/** C1–C3: finding contracts, their details and tariff plans, the SIM user's data and the PUK. */
export function contractRecordRoutes(sim: SimulatorContext) {
  return [
    route(sim, contractOperations.list, ({ customer, query }) => {
      const digits = query.query?.replace(/\D/g, '') ?? '';
      const words = query.query ? fold(query.query.trim()) : '';
      const matches = customer.contracts.filter(
        (c) =>
          (!query.status || c.status === query.status) &&
          (!query.plan || c.plan.id === query.plan) &&
          (!words ||
            (digits.length >= 3 && c.msisdn.includes(digits)) ||
            fold(`${c.simUser.firstName} ${c.simUser.lastName}`).includes(words) ||
            fold(`${c.simUser.lastName} ${c.simUser.firstName}`).includes(words) ||
            (c.label !== null && fold(c.label).includes(words))),
      );
      return { ...paginate(matches.map(wire), query), total: matches.length };
    }),
    route(sim, tariffPlanOperations.list, ({ customer, query }) => {
      const plans = new Map(customer.contracts.map((c) => [c.plan.id, c.plan]));
      return paginate([...plans.values()], query);
    }),
    route(sim, contractOperations.retrieve, ({ customer, params }) => {
      const contract = findContract(customer, params.id);
      return new Reply(wire(contract), { headers: { etag: `"${contract.version}"` } });
    }),
    route(sim, contractOperations.updateContact, ({ customer, params, body, request }) => {
      const contract = findContract(customer, params.id);
      const ifMatch = request.headers.get('if-match');
      if (!ifMatch) throw new Problem(428, 'if_match_required', 'Send If-Match with the contract version you are changing, so that no change is lost unseen.');
      if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(contract.version)) {
        throw new Problem(412, 'version_mismatch', `The contract was changed meanwhile (it is at version ${contract.version}). Load it again and reapply your change.`);
      }
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; its data can no longer be changed.');
      contract.simUser = body;
      contract.version++;
      return new Reply(wire(contract), { headers: { etag: `"${contract.version}"` } });
    }),
    route(sim, contractOperations.revealPuk, ({ customer, params }) => {
      const contract = findContract(customer, params.id);
      if (contract.status === 'terminated') throw new Problem(409, 'contract_terminated', 'This contract has ended; its SIM card no longer has a PUK to show.');
      return { puk: contract.puk, revealedAt: sim.clock.iso() };
    }),
  ];
}
