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
          path.push("errors", i16);
          let o18: any;
          if (obj(v17, issues, path, C0)) {
            const v19 = v17["pointer"];
            const o20 = str(v19, issues, path, "pointer");
            const v21 = v17["code"];
            const o22 = str(v21, issues, path, "code");
            const v23 = v17["detail"];
            const o24 = str(v23, issues, path, "detail");
            const v25 = v17["params"];
            let o26: any;
            if (v25 === undefined) o26 = undefined;
            else {
              let o27: any;
              if (!isObject(v25) || (Object.getPrototypeOf(v25) !== Object.prototype && Object.getPrototypeOf(v25) !== null)) fail(issues, path, "params", 'invalid_type', {"expected":"record"});
              else o27 = { ...v25 };
              o26 = o27;
            }
            o18 = { "pointer": o20, "code": o22, "detail": o24 };
            if (o26 !== undefined) o18["params"] = o26;
          }
          o15[i16] = o18;
          path.length -= 2;
        }
      }
      o14 = o15;
    }
    const v28 = input["retryAfter"];
    let o29: any;
    if (v28 === undefined) o29 = undefined;
    else {
      const o30 = num(v28, issues, path, "retryAfter");
      o29 = o30;
    }
    o0 = { "type": o2, "title": o4, "status": o6, "detail": o8, "code": o10, "requestId": o12 };
    if (o14 !== undefined) o0["errors"] = o14;
    if (o29 !== undefined) o0["retryAfter"] = o29;
  }
  return o0;
}

export const ProblemDocument = /* @__PURE__ */ validator<z.output<typeof S.ProblemDocument>>((input, issues) => checkProblemDocument(input, issues, []));

