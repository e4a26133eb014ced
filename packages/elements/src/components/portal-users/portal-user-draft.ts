import { isA, PERMISSIONS, ValidationError, type FieldError } from '@portico/sdk/core';
import { PASSWORD_POLICY, portalUserCreate, type Access, type Permission, type PortalUser, type PortalUserCreateParams, type PortalUserUpdateParams } from '@portico/sdk/account';
import type { PortalUsersMessages } from './portal-users.messages.ts';

export type Role = PortalUser['role'];

/** What is typed and chosen in the editor. Role and access start unchosen when adding: every field is the person's choice. */
export interface PortalUserDraft {
  name: string;
  email: string;
  role: Role | '';
  access: Access | '';
  /** The permissions ticked for a user (an administrator has them all, whatever is ticked). */
  permissions: Permission[];
  canLogIn: boolean;
  twoFactorRequired: boolean;
  /** Only while adding, and only while the dialog is open. */
  password: string;
  passwordAgain: string;
}

/** A change of the draft: new values, or new values made from the draft as it is now. */
export type DraftPatch = Partial<PortalUserDraft> | ((draft: PortalUserDraft) => Partial<PortalUserDraft>);

/** The editor's fields by their ids: where a problem is said and where focus goes to fix it. */
export type PortalUserField = 'user-name' | 'user-email' | 'user-role' | 'user-permissions' | 'user-access' | 'user-password' | 'user-password-again';
export type PortalUserProblems = Partial<Record<PortalUserField, string>>;

/** In the order the form shows them: the first with a problem takes focus. */
export const FIELD_ORDER: readonly PortalUserField[] = ['user-name', 'user-email', 'user-role', 'user-permissions', 'user-access', 'user-password', 'user-password-again'];

const NAME_MAX = 80;

export function draftOf(user?: PortalUser): PortalUserDraft {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    role: user?.role ?? '',
    access: user?.access ?? '',
    permissions: user ? PERMISSIONS.filter((p) => user.permissions.includes(p)) : [],
    canLogIn: user?.canLogIn ?? false,
    twoFactorRequired: user?.twoFactorRequired ?? false,
    password: '',
    passwordAgain: '',
  };
}

/**
 * The draft after a conflict: what the person changed stays, and what they left alone takes
 * the user's latest value — so saving again does not undo what someone else changed meanwhile.
 */
export function rebase(draft: PortalUserDraft, shown: PortalUser, latest: PortalUser): PortalUserDraft {
  const before = draftOf(shown);
  const now = draftOf(latest);
  const merged = { ...draft };
  for (const key of Object.keys(before) as (keyof PortalUserDraft)[]) {
    if (JSON.stringify(draft[key]) === JSON.stringify(before[key])) (merged as Record<keyof PortalUserDraft, unknown>)[key] = now[key];
  }
  return merged;
}

/** The permissions a draft grants: all of them for an administrator. */
export function grantedBy(draft: Pick<PortalUserDraft, 'role' | 'permissions'>): Permission[] {
  return draft.role === 'administrator' ? [...PERMISSIONS] : PERMISSIONS.filter((p) => draft.permissions.includes(p));
}

export function updateBodyOf(draft: PortalUserDraft): PortalUserUpdateParams {
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    role: draft.role || 'user',
    permissions: grantedBy(draft),
    access: draft.access || 'full',
    canLogIn: draft.canLogIn,
    twoFactorRequired: draft.twoFactorRequired,
  };
}

/** The password as typed: spaces are part of it. */
export function createBodyOf(draft: PortalUserDraft): PortalUserCreateParams {
  return { ...updateBodyOf(draft), password: draft.password };
}

/** Each rule of the login policy, and whether `password` meets it: shown as the person types. */
export function policyOf(password: string): { length: boolean; letter: boolean; digit: boolean } {
  return { length: [...password].length >= PASSWORD_POLICY.minLength, letter: /\p{L}/u.test(password), digit: /\d/.test(password) };
}

/** The contract's own checks of the fields (e-mail format, the password's policy), as the API would make them. */
function contractIssues(draft: PortalUserDraft): FieldError[] {
  const checked = portalUserCreate.body!(createBodyOf(draft));
  return checked.ok ? [] : checked.issues;
}

/** What the API would refuse, said before anything is sent. `adding` asks for every field, the password among them. */
export function checkPortalUser(draft: PortalUserDraft, adding: boolean, t: PortalUsersMessages): PortalUserProblems {
  const problems: PortalUserProblems = {};
  const issues = contractIssues(draft);
  const issue = (path: string) => issues.find((i) => i.path === path);
  const name = draft.name.trim();
  if (!name) problems['user-name'] = t.required;
  else if ([...name].length > NAME_MAX) problems['user-name'] = t.tooLong({ max: NAME_MAX });
  if (!draft.email.trim()) problems['user-email'] = t.required;
  else if (issue('email')) problems['user-email'] = t.emailInvalid;
  if (!draft.role) problems['user-role'] = t.roleRequired;
  if (adding && draft.role === 'user' && !draft.permissions.length) problems['user-permissions'] = t.permissionRequired;
  if (!draft.access) problems['user-access'] = t.accessRequired;
  if (adding) {
    const password = issue('password');
    if (!draft.password) problems['user-password'] = t.required;
    else if (password) problems['user-password'] = password.code === 'too_big' ? t.passwordTooLong({ max: PASSWORD_POLICY.maxLength }) : t.passwordWeak({ min: PASSWORD_POLICY.minLength });
    if (!draft.passwordAgain) problems['user-password-again'] = t.required;
    else if (draft.passwordAgain !== draft.password) problems['user-password-again'] = t.passwordMismatch;
  }
  return problems;
}

/** The API's refusal of a save, each at its field: an e-mail taken, the main administrator's or one's own role. */
export function refusalOf(error: unknown, t: PortalUsersMessages): PortalUserProblems | undefined {
  if (!isA(error, ValidationError) || !error.fieldErrors.length) return undefined;
  const problems: PortalUserProblems = {};
  for (const field of error.fieldErrors) {
    if (field.path === 'email') problems['user-email'] ??= field.code === 'email_taken' ? t.emailTaken : t.emailInvalid;
    else if (field.path === 'role') problems['user-role'] ??= field.code === 'own_role' ? t.ownRole : field.code === 'main_administrator' ? t.mainRole : t.roleRequired;
    else if (field.path === 'name') problems['user-name'] ??= field.code === 'too_big' ? t.tooLong({ max: NAME_MAX }) : t.required;
    else if (field.path === 'password') problems['user-password'] ??= t.passwordWeak({ min: PASSWORD_POLICY.minLength });
    else if (field.path === 'access') problems['user-access'] ??= t.accessRequired;
  }
  return Object.keys(problems).length ? problems : undefined;
}

/** The first field with a problem, in the form's order. */
export function firstProblem(problems: PortalUserProblems): PortalUserField | undefined {
  return FIELD_ORDER.find((field) => problems[field] !== undefined);
}
