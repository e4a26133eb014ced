import type { PortalUser } from '@portico/sdk/account';
import { PERMISSIONS, type PermissionName } from '@portico/sdk/core';
import { seedSecurity, type UserSecurityRecord } from './security/records.ts';

/** A portal user as the simulator keeps it: a password only as its salted hash (`security.password`), and when it was set. */
export interface PortalUserRecord extends PortalUser {
  passwordSetAt: string;
  /** Password hash, allow-list, two-factor, sign-ins: never on the wire as they are (see `security.retrieve`). */
  security: UserSecurityRecord;
}

/** What a user may do: an administrator everything, a user what was granted. */
export function permissionsOf(user: Pick<PortalUser, 'role' | 'permissions'>): PermissionName[] {
  return user.role === 'administrator' ? [...PERMISSIONS] : PERMISSIONS.filter((p) => user.permissions.includes(p));
}

const DAY = 86_400_000;

const user = (fields: Partial<PortalUserRecord> & Pick<PortalUserRecord, 'id' | 'name' | 'email'>, now: number): PortalUserRecord => {
  const created = new Date(now - 200 * DAY).toISOString();
  const record = { role: 'user' as const, permissions: [], access: 'full' as const, canLogIn: true, twoFactorRequired: false, mainAdministrator: false, createdAt: created, version: 1, passwordSetAt: created, ...fields };
  return { ...record, security: fields.security ?? seedSecurity(record, now) };
};

/**
 * Each demo customer's portal users: the main administrator (the account's owner), and on
 * the business accounts people with narrower permissions, so that permissions can be felt.
 */
export function seedUsers(customerId: string, owner: { name: string; email: string }, now: number): PortalUserRecord[] {
  const admin = user({ id: `usr_${customerId.slice(4)}_admin`, name: owner.name, email: owner.email, role: 'administrator', permissions: [...PERMISSIONS], mainAdministrator: true, twoFactorRequired: true }, now);
  const people: Record<string, PortalUserRecord[]> = {
    cus_1001: [
      user({ id: 'usr_1001_accounts', name: 'Piotr Nowak', email: 'p.nowak@kowalczyk-rachunki.pl', permissions: ['finances'] }, now),
      user({ id: 'usr_1001_office', name: 'Ewa Kowalczyk', email: 'e.kowalczyk@kowalczyk-rachunki.pl', permissions: ['telephony', 'support'] }, now),
    ],
    cus_1002: [
      user({ id: 'usr_1002_fleet', name: 'Marek Wiśniewski', email: 'flota@transbud-logistyka.pl', permissions: ['services', 'recordings', 'support'] }, now),
      user({ id: 'usr_1002_audit', name: 'Audyt zewnętrzny', email: 'audyt@biegli-rewidenci.example.pl', permissions: ['finances', 'services'], access: 'read_only', canLogIn: true }, now),
    ],
    cus_1005: [
      user({ id: 'usr_1005_reception', name: 'Rejestracja — kierownik zmiany', email: 'rejestracja@cm-vita.example.pl', permissions: ['telephony', 'support'] }, now),
      user({ id: 'usr_1005_quality', name: 'Dział jakości', email: 'jakosc@cm-vita.example.pl', permissions: ['telephony', 'recordings'], access: 'read_only' }, now),
      user({ id: 'usr_1005_former', name: 'Jan Kowalski (były pracownik)', email: 'j.kowalski@cm-vita.example.pl', permissions: ['support'], canLogIn: false }, now),
    ],
  };
  return [admin, ...(people[customerId] ?? [])];
}
