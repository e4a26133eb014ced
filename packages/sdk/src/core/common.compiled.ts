// Generated from ./common.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './common.schemas.ts';
import type { z } from './zod.ts';
import { fail, obj, str, validator, type At, type Issue } from './validator.ts';

const C0 = /^[\w-]+$/;
const C1: PropertyKey[] = [];
const C2 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** Checks a `Id` at `path`, reporting into `issues`. */
export function checkId(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o0 = str(input, issues, path, at);
  if (o0 !== undefined) {
    if (o0.length < 1) fail(issues, path, at, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
    if (o0.length > 64) fail(issues, path, at, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
    if (!C0.test(o0)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
  }
  return o0;
}
/** Checks a `IdParams` at `path`, reporting into `issues`. */
export function checkIdParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o1: any;
  if (obj(input, issues, path, C1)) {
    const v2 = input["id"];
    const o3 = checkId(v2, issues, path, "id");
    o1 = { "id": o3 };
  }
  return o1;
}
/** Checks a `Timestamp` at `path`, reporting into `issues`. */
export function checkTimestamp(input: any, issues: Issue[], path: PropertyKey[], at: At): any {
  const o4 = str(input, issues, path, at);
  if (o4 !== undefined) {
    if (!C2.test(o4)) fail(issues, path, at, 'invalid_format', {"origin":"string","format":"datetime"});
  }
  return o4;
}

export const Id = /* @__PURE__ */ validator<z.output<typeof S.Id>>((input, issues) => checkId(input, issues, [], []));
export const IdParams = /* @__PURE__ */ validator<z.output<typeof S.IdParams>>((input, issues) => checkIdParams(input, issues, []));
export const Timestamp = /* @__PURE__ */ validator<z.output<typeof S.Timestamp>>((input, issues) => checkTimestamp(input, issues, [], []));

