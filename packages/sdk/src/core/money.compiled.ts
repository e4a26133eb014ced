// Generated from ./money.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './money.schemas.ts';
import type { z } from './zod.ts';
import { fail, int, obj, str, validator, type At, type Issue } from './validator.ts';

const C0: PropertyKey[] = [];
const C1 = /^[A-Z]{3}$/;

/** Checks a `Money` at `path`, reporting into `issues`. */
export function checkMoney(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["amount"];
    const o2 = int(v1, issues, path, "amount");
    const v3 = input["currency"];
    const o4 = str(v3, issues, path, "currency");
    if (o4 !== undefined) {
      if (!C1.test(o4)) fail(issues, path, "currency", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^[A-Z]{3}$/"});
    }
    o0 = { "amount": o2, "currency": o4 };
  }
  return o0;
}

export const Money = /* @__PURE__ */ validator<z.output<typeof S.Money>>((input, issues) => checkMoney(input, issues, []));

