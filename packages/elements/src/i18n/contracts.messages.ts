import type { ContractStatus } from '@portico/sdk/contracts';
import type { Catalog } from './locale.ts';

/** Words for a contract's status, shared by every contracts widget. */
export const contractStatus: Catalog<Record<ContractStatus, string>> = {
  en: { active: 'Active', suspended: 'Suspended', blocked: 'Blocked', terminated: 'Terminated' },
  pl: { active: 'Aktywny', suspended: 'Zawieszony', blocked: 'Zablokowany', terminated: 'Rozwiązany' },
};

