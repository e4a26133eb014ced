// Generated from ./money.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './money.schemas.ts';
import type { z } from './zod.ts';
import { fail, int, isObject, str, validator, type Issue } from './validator.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["amount"];
const C2: PropertyKey[] = ["currency"];
const C3 = /^[A-Z]{3}$/;

/** Checks a `Money` at `path`, reporting into `issues`. */
export function checkMoney(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (!isObject(input)) fail(issues, path, C0, 'invalid_type', {"expected":"object"});
  else {
    const v1 = input["amount"];
    let o2: any;
    o2 = int(v1, issues, path, C1);
    const v3 = input["currency"];
    let o4: any;
    o4 = str(v3, issues, path, C2);
    if (o4 !== undefined) {
      if (!C3.test(o4)) fail(issues, path, C2, 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[A-Z]{3}$/"});
    }
    o0 = { "amount": o2, "currency": o4 };
  }
  return o0;
}

export const Money = /* @__PURE__ */ validator<z.output<typeof S.Money>>((input, issues) => checkMoney(input, issues, []));

