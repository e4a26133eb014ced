// Generated from ./problem.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './problem.schemas.ts';
import type { z } from './core/zod.ts';
import { fail, int, isObject, num, str, validator, type Issue } from './core/validator.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["type"];
const C2: PropertyKey[] = ["title"];
const C3: PropertyKey[] = ["status"];
const C4: PropertyKey[] = ["detail"];
const C5: PropertyKey[] = ["code"];
const C6: PropertyKey[] = ["requestId"];
const C7: PropertyKey[] = ["errors"];
const C8: PropertyKey[] = ["pointer"];
const C9: PropertyKey[] = ["params"];
const C10: PropertyKey[] = ["retryAfter"];

/** Checks a `ProblemDocument` at `path`, reporting into `issues`. */
export function checkProblemDocument(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v1 = input["type"];
    let o2: any;
    o2 = str(v1, issues, path, C1);
    const v3 = input["title"];
    let o4: any;
    o4 = str(v3, issues, path, C2);
    const v5 = input["status"];
    let o6: any;
    o6 = int(v5, issues, path, C3);
    const v7 = input["detail"];
    let o8: any;
    o8 = str(v7, issues, path, C4);
    const v9 = input["code"];
    let o10: any;
    o10 = str(v9, issues, path, C5);
    const v11 = input["requestId"];
    let o12: any;
    o12 = str(v11, issues, path, C6);
    const v13 = input["errors"];
    let o14: any;
    if (v13 === undefined) o14 = undefined;
    else {
      let o15: any;
      if (!Array.isArray(v13)) fail(issues, path, C7, 'invalid_type', {"expected":"array"});
      else {
        o15 = new Array(v13.length);
        for (let i16 = 0; i16 < v13.length; i16++) {
          const v17 = v13[i16];
          const p18 = [...path, ...C7, i16];
          let o19: any;
          if (!isObject(v17)) fail(issues, p18, C0, 'invalid_type', {"expected":"object"});
          else {
            const v20 = v17["pointer"];
            let o21: any;
            o21 = str(v20, issues, p18, C8);
            const v22 = v17["code"];
            let o23: any;
            o23 = str(v22, issues, p18, C5);
            const v24 = v17["detail"];
            let o25: any;
            o25 = str(v24, issues, p18, C4);
            const v26 = v17["params"];
            let o27: any;
            if (v26 === undefined) o27 = undefined;
            else {
              let o28: any;
              if (!isObject(v26)) fail(issues, p18, C9, 'invalid_type', {"expected":"record"});
              else o28 = { ...v26 };
              o27 = o28;
            }
            o19 = { "pointer": o21, "code": o23, "detail": o25 };
            if (o27 !== undefined) o19["params"] = o27;
          }
          o15[i16] = o19;
        }
      }
      o14 = o15;
    }
    const v29 = input["retryAfter"];
    let o30: any;
    if (v29 === undefined) o30 = undefined;
    else {
      let o31: any;
      o31 = num(v29, issues, path, C10);
      o30 = o31;
    }
    o0 = { "type": o2, "title": o4, "status": o6, "detail": o8, "code": o10, "requestId": o12 };
    if (o14 !== undefined) o0["errors"] = o14;
    if (o30 !== undefined) o0["retryAfter"] = o30;
  }
  return o0;
}

export const ProblemDocument = /* @__PURE__ */ validator<z.output<typeof S.ProblemDocument>>((input, issues) => checkProblemDocument(input, issues, []));

