// Generated from ./common.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './common.schemas.ts';
import type { z } from './zod.ts';
import { fail, obj, str, validator, type At, type Issue } from './validator.ts';

const C0 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const C1 = /^[\w-]+$/;
const C2: PropertyKey[] = [];
const C3 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const C4 = /^\+[1-9]\d{7,14}$/;
const C5 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** Checks a `Email` at `path`, reporting into `issues`. */
export function checkEmail(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o0 = str(input, issues, path, at);
  if (o0 !== undefined) {
    if (!C0.test(o0)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"email"});
  }
  return o0;
}
/** Checks a `Id` at `path`, reporting into `issues`. */
export function checkId(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o1 = str(input, issues, path, at);
  if (o1 !== undefined) {
    if (o1.length < 1) fail(issues, path, at, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
    if (o1.length > 64) fail(issues, path, at, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
    if (!C1.test(o1)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
  }
  return o1;
}
/** Checks a `IdParams` at `path`, reporting into `issues`. */
export function checkIdParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o2: any;
  if (obj(input, issues, path, C2)) {
    const v3 = input["id"];
    const o4 = checkId(v3, issues, path, "id");
    o2 = { "id": o4 };
  }
  return o2;
}
/** Checks a `IsoDate` at `path`, reporting into `issues`. */
export function checkIsoDate(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o5 = str(input, issues, path, at);
  if (o5 !== undefined) {
    if (!C3.test(o5)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"date"});
  }
  return o5;
}
/** Checks a `Msisdn` at `path`, reporting into `issues`. */
export function checkMsisdn(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o6 = str(input, issues, path, at);
  if (o6 !== undefined) {
    if (!C4.test(o6)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\+[1-9]\\d{7,14}$/"});
  }
  return o6;
}
/** Checks a `Timestamp` at `path`, reporting into `issues`. */
export function checkTimestamp(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o7 = str(input, issues, path, at);
  if (o7 !== undefined) {
    if (!C5.test(o7)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"datetime"});
  }
  return o7;
}

export const Email = /* @__PURE__ */ validator<z.output<typeof S.Email>>((input, issues) => checkEmail(input, issues, [], []));
export const Id = /* @__PURE__ */ validator<z.output<typeof S.Id>>((input, issues) => checkId(input, issues, [], []));
export const IdParams = /* @__PURE__ */ validator<z.output<typeof S.IdParams>>((input, issues) => checkIdParams(input, issues, []));
export const IsoDate = /* @__PURE__ */ validator<z.output<typeof S.IsoDate>>((input, issues) => checkIsoDate(input, issues, [], []));
export const Msisdn = /* @__PURE__ */ validator<z.output<typeof S.Msisdn>>((input, issues) => checkMsisdn(input, issues, [], []));
export const Timestamp = /* @__PURE__ */ validator<z.output<typeof S.Timestamp>>((input, issues) => checkTimestamp(input, issues, [], []));

