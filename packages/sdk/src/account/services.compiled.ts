// Generated from ./services.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './services.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];

/** Checks a `CustomerService` at `path`, reporting into `issues`. */
export function checkCustomerService(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["kind"];
    let o4: any;
    if (v3 === "mobile" || v3 === "voip" || v3 === "pbx" || v3 === "hosting" || v3 === "vps" || v3 === "domain" || v3 === "email") o4 = v3;
    else fail(issues, path, "kind", 'invalid_value', {"values":["mobile","voip","pbx","hosting","vps","domain","email"]});
    const v5 = input["name"];
    const o6 = str(v5, issues, path, "name");
    const v7 = input["status"];
    let o8: any;
    if (v7 === "active" || v7 === "suspended" || v7 === "terminated") o8 = v7;
    else fail(issues, path, "status", 'invalid_value', {"values":["active","suspended","terminated"]});
    o0 = { "id": o2, "kind": o4, "name": o6, "status": o8 };
  }
  return o0;
}

export const CustomerService = /* @__PURE__ */ validator<z.output<typeof S.CustomerService>>((input, issues) => checkCustomerService(input, issues, []));

function check_customerServiceOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (obj(input, issues, path, C0)) {
    const v10 = input["data"];
    let o11: any;
    if (!Array.isArray(v10)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o11 = new Array(v10.length);
      for (let i12 = 0; i12 < v10.length; i12++) {
        const v13 = v10[i12];
        path.push("data", i12);
        const o14 = checkCustomerService(v13, issues, path);
        o11[i12] = o14;
        path.length -= 2;
      }
    }
    o9 = { "data": o11 };
  }
  return o9;
}
const customerServiceOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.customerServiceOperations.list.response>>>((input, issues) => check_customerServiceOperations_list_response(input, issues, []));

/** `GET /v1/account/services` (customerServices.list) */
export const customerServiceList = { id: "customerServices.list", method: "GET", path: "/v1/account/services", response: customerServiceOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `customerServiceOperations`: what to send where, and how to check it. */
export const customerServiceOperations = { list: customerServiceList };
