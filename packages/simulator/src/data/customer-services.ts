import type { CustomerService } from '@portico/sdk/account';
import type { ContractRecord } from './contracts.ts';

/** A customer's service as the simulator keeps it; a mobile one follows its contract. */
export interface CustomerServiceRecord extends CustomerService {
  /** The mobile contract behind it, whose status it shows. */
  contractId?: string;
}

/** What the demo customers have besides mobile contracts, by customer id. */
const SERVICES: Record<string, CustomerServiceRecord[]> = {
  // The accounting office: two numbers on IP telephony and a hosted PBX.
  cus_1001: [
    { id: 'svc_1001_voip', kind: 'voip', name: 'Telefonia IP standard — +48 22 380 98 87', status: 'active' },
    { id: 'svc_1001_fax', kind: 'voip', name: 'Telefonia IP plus — +48 22 380 99 86', status: 'active' },
    { id: 'svc_1001_pbx', kind: 'pbx', name: 'Centrala IP Centrex — 3 numery wewnętrzne', status: 'active' },
  ],
  // The ceramics studio: its website, domain, mailboxes and a VPS for the shop.
  cus_1003: [
    { id: 'svc_1003_hosting', kind: 'hosting', name: 'Hosting WWW Biznes — ceramika-wisniewska.pl', status: 'active' },
    { id: 'svc_1003_domain', kind: 'domain', name: 'Domena ceramika-wisniewska.pl', status: 'active' },
    { id: 'svc_1003_mail', kind: 'email', name: 'Poczta e-mail — 5 skrzynek @ceramika-wisniewska.pl', status: 'active' },
    { id: 'svc_1003_vps', kind: 'vps', name: 'VPS Standard 4 GB — vps-2481.fiberlink.example', status: 'active' },
  ],
  // The clinic: a trunk of eight numbers behind a hosted PBX.
  cus_1005: [
    { id: 'svc_1005_trunk', kind: 'voip', name: 'Biznes Trunk — +48 22 610 01 00 … 07 (8 linii)', status: 'active' },
    { id: 'svc_1005_pbx', kind: 'pbx', name: 'Centrala IP Centrex — 40 numerów wewnętrznych', status: 'active' },
  ],
  // The newcomer: one small server, nothing else yet.
  cus_1004: [{ id: 'svc_1004_vps', kind: 'vps', name: 'VPS Start 2 GB — vps-3107.fiberlink.example', status: 'active' }],
};

/** `+48601200300` → `+48 601 200 300`, as people write Polish numbers. */
export function formatMsisdn(msisdn: string): string {
  const national = msisdn.replace(/^\+48/, '');
  return national.length === 9 ? `+48 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` : msisdn;
}

/** A mobile contract as a service: `+48 601 200 300 — Dyspozytornia (Biznes Pro Nielimitowany)`. */
function mobileService(contract: ContractRecord): CustomerServiceRecord {
  const who = contract.label ?? `${contract.simUser.firstName} ${contract.simUser.lastName}`;
  return { id: `svc_${contract.id}`, kind: 'mobile', name: `${formatMsisdn(contract.msisdn)} — ${who} (${contract.plan.name})`, status: 'active', contractId: contract.id };
}

/** The customer's services at seed time: fixed ones, and one per mobile contract. */
export function seedCustomerServices(customerId: string, contracts: readonly ContractRecord[]): CustomerServiceRecord[] {
  return [...(SERVICES[customerId] ?? []).map((service) => ({ ...service })), ...contracts.map(mobileService)];
}

/** A service as the API shows it: a mobile one in its contract's current status. */
export function wireService(service: CustomerServiceRecord, contracts: readonly ContractRecord[]): CustomerService {
  const { contractId, ...wire } = service;
  const contract = contractId === undefined ? undefined : contracts.find((c) => c.id === contractId);
  if (!contract) return wire;
  const status = contract.status === 'active' ? 'active' : contract.status === 'terminated' ? 'terminated' : 'suspended';
  return { ...wire, status };
}
