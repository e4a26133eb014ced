// Generated from ./problem.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './problem.schemas.ts';
import type { z } from './core/zod.ts';
import { fail, int, isObject, num, obj, str, validator, type At, type Issue } from './core/validator.ts';

const C0: PropertyKey[] = [];

/** Checks a `ProblemDocument` at `path`, reporting into `issues`. */
export function checkProblemDocument(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["type"];
    const o2 = str(v1, issues, path, "type");
    const v3 = input["title"];
    const o4 = str(v3, issues, path, "title");
    const v5 = input["status"];
    const o6 = int(v5, issues, path, "status");
    const v7 = input["detail"];
    const o8 = str(v7, issues, path, "detail");
    const v9 = input["code"];
    const o10 = str(v9, issues, path, "code");
    const v11 = input["requestId"];
    const o12 = str(v11, issues, path, "requestId");
    const v13 = input["errors"];
    let o14: any;
    if (v13 === undefined) o14 = undefined;
    else {
      let o15: any;
      if (!Array.isArray(v13)) fail(issues, path, "errors", 'invalid_type', {"expected":"array"});
      else {
        o15 = new Array(v13.length);
        for (let i16 = 0; i16 < v13.length; i16++) {
          const v17 = v13[i16];
          const p18 = path.concat("errors", i16);
          let o19: any;
          if (obj(v17, issues, p18, C0)) {
            const v20 = v17["pointer"];
            const o21 = str(v20, issues, p18, "pointer");
            const v22 = v17["code"];
            const o23 = str(v22, issues, p18, "code");
            const v24 = v17["detail"];
            const o25 = str(v24, issues, p18, "detail");
            const v26 = v17["params"];
            let o27: any;
            if (v26 === undefined) o27 = undefined;
            else {
              let o28: any;
              if (!isObject(v26) || (Object.getPrototypeOf(v26) !== Object.prototype && Object.getPrototypeOf(v26) !== null)) fail(issues, p18, "params", 'invalid_type', {"expected":"record"});
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
      const o31 = num(v29, issues, path, "retryAfter");
      o30 = o31;
    }
    o0 = { "type": o2, "title": o4, "status": o6, "detail": o8, "code": o10, "requestId": o12 };
    if (o14 !== undefined) o0["errors"] = o14;
    if (o30 !== undefined) o0["retryAfter"] = o30;
  }
  return o0;
}

export const ProblemDocument = /* @__PURE__ */ validator<z.output<typeof S.ProblemDocument>>((input, issues) => checkProblemDocument(input, issues, []));

