import type { ContractRecord } from '../../data/contracts.ts';
import type { CustomerRecord } from '../../data/world.ts';
import { Problem } from '../../http/problem.ts';

/** The customer's contract with this id, or 404: every route under /v1/contracts/{id} starts here. */
export function findContract(customer: CustomerRecord, id: string): ContractRecord {
  const contract = customer.contracts.find((c) => c.id === id);
  if (!contract) throw new Problem(404, 'contract_not_found', `No contract ${id} on this account.`);
  return contract;
}
