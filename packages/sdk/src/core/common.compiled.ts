// Generated from ./common.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './common.schemas.ts';
import type { z } from './zod.ts';
import { fail, isObject, str, validator, type Issue } from './validator.ts';

const C0: PropertyKey[] = [];
const C1 = /^[\w-]+$/;
const C2: PropertyKey[] = ["id"];
const C3 = /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** Checks a `Id` at `path`, reporting into `issues`. */
export function checkId(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  o0 = str(input, issues, path, C0);
  if (o0 !== undefined) {
    if (o0.length < 1) fail(issues, path, C0, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
    if (o0.length > 64) fail(issues, path, C0, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
    if (!C1.test(o0)) fail(issues, path, C0, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
  }
  return o0;
}
/** Checks a `IdParams` at `path`, reporting into `issues`. */
export function checkIdParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o1: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v2 = input["id"];
    let o3: any;
    o3 = str(v2, issues, path, C2);
    if (o3 !== undefined) {
      if (o3.length < 1) fail(issues, path, C2, 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o3.length > 64) fail(issues, path, C2, 'too_big', {"origin":"string","maximum":64,"inclusive":true});
      if (!C1.test(o3)) fail(issues, path, C2, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[\\w-]+$/"});
    }
    o1 = { "id": o3 };
  }
  return o1;
}
/** Checks a `Timestamp` at `path`, reporting into `issues`. */
export function checkTimestamp(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o4: any;
  o4 = str(input, issues, path, C0);
  if (o4 !== undefined) {
    if (!C3.test(o4)) fail(issues, path, C0, 'invalid_format', {"origin":"string","format":"datetime"});
  }
  return o4;
}

export const Id = /* @__PURE__ */ validator<z.output<typeof S.Id>>((input, issues) => checkId(input, issues, []));
export const IdParams = /* @__PURE__ */ validator<z.output<typeof S.IdParams>>((input, issues) => checkIdParams(input, issues, []));
export const Timestamp = /* @__PURE__ */ validator<z.output<typeof S.Timestamp>>((input, issues) => checkTimestamp(input, issues, []));

