/**
 * What a portal user may be allowed to do; each operation of the contract names the one it
 * needs (its `permission`). Described with the `Permission` schema in `account/users.schemas.ts`.
 */
export const PERMISSIONS = ['finances', 'services', 'telephony', 'recordings', 'support', 'users'] as const;
export type PermissionName = (typeof PERMISSIONS)[number];
