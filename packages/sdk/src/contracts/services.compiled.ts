// Generated from ./services.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './services.schemas.ts';
import type { z } from '../core/zod.ts';
import { bool, fail, int, num, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkId, checkIdParams, checkTimestamp } from '../core/common.compiled.ts';
import { checkMoney } from '../core/money.compiled.ts';

const C0: PropertyKey[] = [];
const C1: PropertyKey[] = ["notify","user"];
const C2: PropertyKey[] = ["notify","admin"];

/** Checks a `OrderAction` at `path`, reporting into `issues`. */
export function checkOrderAction(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (input === "activate" || input === "deactivate") o0 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["activate","deactivate"]});
  return o0;
}
/** Checks a `OrderStatus` at `path`, reporting into `issues`. */
export function checkOrderStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o1: any;
  if (input === "accepted" || input === "in_progress" || input === "completed" || input === "failed") o1 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
  return o1;
}
/** Checks a `PendingOrder` at `path`, reporting into `issues`. */
export function checkPendingOrder(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o2: any;
  if (obj(input, issues, path, C0)) {
    const v3 = input["id"];
    const o4 = checkId(v3, issues, path, "id");
    const v5 = input["action"];
    let o6: any;
    if (v5 === "activate" || v5 === "deactivate") o6 = v5;
    else fail(issues, path, "action", 'invalid_value', {"values":["activate","deactivate"]});
    const v7 = input["status"];
    let o8: any;
    if (v7 === "accepted" || v7 === "in_progress" || v7 === "completed" || v7 === "failed") o8 = v7;
    else fail(issues, path, "status", 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
    o2 = { "id": o4, "action": o6, "status": o8 };
  }
  return o2;
}
/** Checks a `Service` at `path`, reporting into `issues`. */
export function checkService(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (obj(input, issues, path, C0)) {
    const v10 = input["id"];
    const o11 = checkId(v10, issues, path, "id");
    const v12 = input["name"];
    const o13 = str(v12, issues, path, "name");
    const v14 = input["description"];
    const o15 = str(v14, issues, path, "description");
    const v16 = input["category"];
    let o17: any;
    if (v16 === "roaming" || v16 === "data" || v16 === "calls" || v16 === "messaging" || v16 === "security") o17 = v16;
    else fail(issues, path, "category", 'invalid_value', {"values":["roaming","data","calls","messaging","security"]});
    const v18 = input["status"];
    let o19: any;
    if (v18 === "active" || v18 === "inactive") o19 = v18;
    else fail(issues, path, "status", 'invalid_value', {"values":["active","inactive"]});
    const v20 = input["monthlyFee"];
    let o21: any;
    if (v20 === null) o21 = null;
    else {
      const o22 = checkMoney(v20, issues, path.concat("monthlyFee"));
      o21 = o22;
    }
    const v23 = input["parameters"];
    let o24: any;
    if (!Array.isArray(v23)) fail(issues, path, "parameters", 'invalid_type', {"expected":"array"});
    else {
      o24 = new Array(v23.length);
      for (let i25 = 0; i25 < v23.length; i25++) {
        const v26 = v23[i25];
        const p27 = path.concat("parameters", i25);
        let o28: any;
        if (obj(v26, issues, p27, C0)) {
          const d29 = v26["type"];
          if (d29 === "boolean") {
            let o30: any;
            if (obj(v26, issues, p27, C0)) {
              const v31 = v26["key"];
              const o32 = str(v31, issues, p27, "key");
              if (o32 !== undefined) {
                if (o32.length < 1) fail(issues, p27, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o32.length > 40) fail(issues, p27, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v33 = v26["label"];
              const o34 = str(v33, issues, p27, "label");
              const v35 = v26["editable"];
              const o36 = bool(v35, issues, p27, "editable");
              const v37 = v26["type"];
              let o38: any;
              if (v37 === "boolean") o38 = v37;
              else fail(issues, p27, "type", 'invalid_value', {"values":["boolean"]});
              const v39 = v26["value"];
              const o40 = bool(v39, issues, p27, "value");
              o30 = { "key": o32, "label": o34, "editable": o36, "type": o38, "value": o40 };
            }
            o28 = o30;
          } else if (d29 === "choice") {
            let o41: any;
            if (obj(v26, issues, p27, C0)) {
              const v42 = v26["key"];
              const o43 = str(v42, issues, p27, "key");
              if (o43 !== undefined) {
                if (o43.length < 1) fail(issues, p27, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o43.length > 40) fail(issues, p27, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v44 = v26["label"];
              const o45 = str(v44, issues, p27, "label");
              const v46 = v26["editable"];
              const o47 = bool(v46, issues, p27, "editable");
              const v48 = v26["type"];
              let o49: any;
              if (v48 === "choice") o49 = v48;
              else fail(issues, p27, "type", 'invalid_value', {"values":["choice"]});
              const v50 = v26["value"];
              const o51 = str(v50, issues, p27, "value");
              const v52 = v26["options"];
              let o53: any;
              if (!Array.isArray(v52)) fail(issues, p27, "options", 'invalid_type', {"expected":"array"});
              else {
                o53 = new Array(v52.length);
                for (let i54 = 0; i54 < v52.length; i54++) {
                  const v55 = v52[i54];
                  const p56 = p27.concat("options", i54);
                  let o57: any;
                  if (obj(v55, issues, p56, C0)) {
                    const v58 = v55["value"];
                    const o59 = str(v58, issues, p56, "value");
                    const v60 = v55["label"];
                    const o61 = str(v60, issues, p56, "label");
                    o57 = { "value": o59, "label": o61 };
                  }
                  o53[i54] = o57;
                }
              }
              o41 = { "key": o43, "label": o45, "editable": o47, "type": o49, "value": o51, "options": o53 };
            }
            o28 = o41;
          } else if (d29 === "number") {
            let o62: any;
            if (obj(v26, issues, p27, C0)) {
              const v63 = v26["key"];
              const o64 = str(v63, issues, p27, "key");
              if (o64 !== undefined) {
                if (o64.length < 1) fail(issues, p27, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o64.length > 40) fail(issues, p27, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v65 = v26["label"];
              const o66 = str(v65, issues, p27, "label");
              const v67 = v26["editable"];
              const o68 = bool(v67, issues, p27, "editable");
              const v69 = v26["type"];
              let o70: any;
              if (v69 === "number") o70 = v69;
              else fail(issues, p27, "type", 'invalid_value', {"values":["number"]});
              const v71 = v26["value"];
              const o72 = int(v71, issues, p27, "value");
              const v73 = v26["min"];
              const o74 = int(v73, issues, p27, "min");
              const v75 = v26["max"];
              const o76 = int(v75, issues, p27, "max");
              const v77 = v26["step"];
              const o78 = int(v77, issues, p27, "step");
              const v79 = v26["unit"];
              let o80: any;
              if (v79 === null) o80 = null;
              else {
                const o81 = str(v79, issues, p27, "unit");
                o80 = o81;
              }
              o62 = { "key": o64, "label": o66, "editable": o68, "type": o70, "value": o72, "min": o74, "max": o76, "step": o78, "unit": o80 };
            }
            o28 = o62;
          } else if (d29 === "money") {
            let o82: any;
            if (obj(v26, issues, p27, C0)) {
              const v83 = v26["key"];
              const o84 = str(v83, issues, p27, "key");
              if (o84 !== undefined) {
                if (o84.length < 1) fail(issues, p27, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o84.length > 40) fail(issues, p27, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v85 = v26["label"];
              const o86 = str(v85, issues, p27, "label");
              const v87 = v26["editable"];
              const o88 = bool(v87, issues, p27, "editable");
              const v89 = v26["type"];
              let o90: any;
              if (v89 === "money") o90 = v89;
              else fail(issues, p27, "type", 'invalid_value', {"values":["money"]});
              const v91 = v26["value"];
              const o92 = int(v91, issues, p27, "value");
              const v93 = v26["min"];
              const o94 = int(v93, issues, p27, "min");
              const v95 = v26["max"];
              const o96 = int(v95, issues, p27, "max");
              const v97 = v26["currency"];
              const o98 = str(v97, issues, p27, "currency");
              o82 = { "key": o84, "label": o86, "editable": o88, "type": o90, "value": o92, "min": o94, "max": o96, "currency": o98 };
            }
            o28 = o82;
          } else fail(issues, p27, "type", 'invalid_union', {"note":"No matching discriminator","discriminator":"type","options":["boolean","choice","number","money"]});
        }
        o24[i25] = o28;
      }
    }
    const v99 = input["orderable"];
    const o100 = bool(v99, issues, path, "orderable");
    const v101 = input["pendingOrder"];
    let o102: any;
    if (v101 === null) o102 = null;
    else {
      const o103 = checkPendingOrder(v101, issues, path.concat("pendingOrder"));
      o102 = o103;
    }
    o9 = { "id": o11, "name": o13, "description": o15, "category": o17, "status": o19, "monthlyFee": o21, "parameters": o24, "orderable": o100, "pendingOrder": o102 };
  }
  return o9;
}
/** Checks a `ServiceListQuery` at `path`, reporting into `issues`. */
export function checkServiceListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o104: any;
  if (obj(input, issues, path, C0)) {
    const v105 = input["cursor"];
    let o106: any;
    if (v105 === undefined) o106 = undefined;
    else {
      const o107 = str(v105, issues, path, "cursor");
      if (o107 !== undefined) {
        if (o107.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o106 = o107;
    }
    const v108 = input["limit"];
    let o109: any;
    if (v108 === undefined) o109 = undefined;
    else {
      const o110 = int(v108, issues, path, "limit");
      if (o110 !== undefined) {
        if (o110 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o110 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o109 = o110;
    }
    const v111 = input["status"];
    let o112: any;
    if (v111 === undefined) o112 = undefined;
    else {
      let o113: any;
      if (v111 === "active" || v111 === "inactive" || v111 === "all") o113 = v111;
      else fail(issues, path, "status", 'invalid_value', {"values":["active","inactive","all"]});
      o112 = o113;
    }
    o104 = {  };
    if (o106 !== undefined) o104["cursor"] = o106;
    if (o109 !== undefined) o104["limit"] = o109;
    if (o112 !== undefined) o104["status"] = o112;
  }
  return o104;
}
/** Checks a `ServiceOrder` at `path`, reporting into `issues`. */
export function checkServiceOrder(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o114: any;
  if (obj(input, issues, path, C0)) {
    const v115 = input["id"];
    const o116 = checkId(v115, issues, path, "id");
    const v117 = input["number"];
    const o118 = str(v117, issues, path, "number");
    const v119 = input["contractId"];
    const o120 = checkId(v119, issues, path, "contractId");
    const v121 = input["serviceId"];
    const o122 = checkId(v121, issues, path, "serviceId");
    const v123 = input["serviceName"];
    const o124 = str(v123, issues, path, "serviceName");
    const v125 = input["action"];
    let o126: any;
    if (v125 === "activate" || v125 === "deactivate") o126 = v125;
    else fail(issues, path, "action", 'invalid_value', {"values":["activate","deactivate"]});
    const v127 = input["status"];
    let o128: any;
    if (v127 === "accepted" || v127 === "in_progress" || v127 === "completed" || v127 === "failed") o128 = v127;
    else fail(issues, path, "status", 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
    const v129 = input["notify"];
    let o130: any;
    if (obj(v129, issues, path, "notify")) {
      const v131 = v129["user"];
      const o132 = bool(v131, issues, path, C1);
      const v133 = v129["admin"];
      const o134 = bool(v133, issues, path, C2);
      o130 = { "user": o132, "admin": o134 };
    }
    const v135 = input["failureCode"];
    let o136: any;
    if (v135 === null) o136 = null;
    else {
      const o137 = str(v135, issues, path, "failureCode");
      o136 = o137;
    }
    const v138 = input["createdAt"];
    const o139 = checkTimestamp(v138, issues, path, "createdAt");
    const v140 = input["updatedAt"];
    const o141 = checkTimestamp(v140, issues, path, "updatedAt");
    o114 = { "id": o116, "number": o118, "contractId": o120, "serviceId": o122, "serviceName": o124, "action": o126, "status": o128, "notify": o130, "failureCode": o136, "createdAt": o139, "updatedAt": o141 };
  }
  return o114;
}
/** Checks a `ServiceOrderCreateParams` at `path`, reporting into `issues`. */
export function checkServiceOrderCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o142: any;
  if (obj(input, issues, path, C0)) {
    const v143 = input["serviceId"];
    const o144 = checkId(v143, issues, path, "serviceId");
    const v145 = input["action"];
    let o146: any;
    if (v145 === "activate" || v145 === "deactivate") o146 = v145;
    else fail(issues, path, "action", 'invalid_value', {"values":["activate","deactivate"]});
    const v147 = input["notify"];
    let o148: any;
    if (obj(v147, issues, path, "notify")) {
      const v149 = v147["user"];
      const o150 = bool(v149, issues, path, C1);
      const v151 = v147["admin"];
      const o152 = bool(v151, issues, path, C2);
      o148 = { "user": o150, "admin": o152 };
    }
    o142 = { "serviceId": o144, "action": o146, "notify": o148 };
  }
  return o142;
}
/** Checks a `ServiceParameter` at `path`, reporting into `issues`. */
export function checkServiceParameter(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o153: any;
  if (obj(input, issues, path, C0)) {
    const d154 = input["type"];
    if (d154 === "boolean") {
      let o155: any;
      if (obj(input, issues, path, C0)) {
        const v156 = input["key"];
        const o157 = str(v156, issues, path, "key");
        if (o157 !== undefined) {
          if (o157.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o157.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v158 = input["label"];
        const o159 = str(v158, issues, path, "label");
        const v160 = input["editable"];
        const o161 = bool(v160, issues, path, "editable");
        const v162 = input["type"];
        let o163: any;
        if (v162 === "boolean") o163 = v162;
        else fail(issues, path, "type", 'invalid_value', {"values":["boolean"]});
        const v164 = input["value"];
        const o165 = bool(v164, issues, path, "value");
        o155 = { "key": o157, "label": o159, "editable": o161, "type": o163, "value": o165 };
      }
      o153 = o155;
    } else if (d154 === "choice") {
      let o166: any;
      if (obj(input, issues, path, C0)) {
        const v167 = input["key"];
        const o168 = str(v167, issues, path, "key");
        if (o168 !== undefined) {
          if (o168.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o168.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v169 = input["label"];
        const o170 = str(v169, issues, path, "label");
        const v171 = input["editable"];
        const o172 = bool(v171, issues, path, "editable");
        const v173 = input["type"];
        let o174: any;
        if (v173 === "choice") o174 = v173;
        else fail(issues, path, "type", 'invalid_value', {"values":["choice"]});
        const v175 = input["value"];
        const o176 = str(v175, issues, path, "value");
        const v177 = input["options"];
        let o178: any;
        if (!Array.isArray(v177)) fail(issues, path, "options", 'invalid_type', {"expected":"array"});
        else {
          o178 = new Array(v177.length);
          for (let i179 = 0; i179 < v177.length; i179++) {
            const v180 = v177[i179];
            const p181 = path.concat("options", i179);
            let o182: any;
            if (obj(v180, issues, p181, C0)) {
              const v183 = v180["value"];
              const o184 = str(v183, issues, p181, "value");
              const v185 = v180["label"];
              const o186 = str(v185, issues, p181, "label");
              o182 = { "value": o184, "label": o186 };
            }
            o178[i179] = o182;
          }
        }
        o166 = { "key": o168, "label": o170, "editable": o172, "type": o174, "value": o176, "options": o178 };
      }
      o153 = o166;
    } else if (d154 === "number") {
      let o187: any;
      if (obj(input, issues, path, C0)) {
        const v188 = input["key"];
        const o189 = str(v188, issues, path, "key");
        if (o189 !== undefined) {
          if (o189.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o189.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v190 = input["label"];
        const o191 = str(v190, issues, path, "label");
        const v192 = input["editable"];
        const o193 = bool(v192, issues, path, "editable");
        const v194 = input["type"];
        let o195: any;
        if (v194 === "number") o195 = v194;
        else fail(issues, path, "type", 'invalid_value', {"values":["number"]});
        const v196 = input["value"];
        const o197 = int(v196, issues, path, "value");
        const v198 = input["min"];
        const o199 = int(v198, issues, path, "min");
        const v200 = input["max"];
        const o201 = int(v200, issues, path, "max");
        const v202 = input["step"];
        const o203 = int(v202, issues, path, "step");
        const v204 = input["unit"];
        let o205: any;
        if (v204 === null) o205 = null;
        else {
          const o206 = str(v204, issues, path, "unit");
          o205 = o206;
        }
        o187 = { "key": o189, "label": o191, "editable": o193, "type": o195, "value": o197, "min": o199, "max": o201, "step": o203, "unit": o205 };
      }
      o153 = o187;
    } else if (d154 === "money") {
      let o207: any;
      if (obj(input, issues, path, C0)) {
        const v208 = input["key"];
        const o209 = str(v208, issues, path, "key");
        if (o209 !== undefined) {
          if (o209.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o209.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v210 = input["label"];
        const o211 = str(v210, issues, path, "label");
        const v212 = input["editable"];
        const o213 = bool(v212, issues, path, "editable");
        const v214 = input["type"];
        let o215: any;
        if (v214 === "money") o215 = v214;
        else fail(issues, path, "type", 'invalid_value', {"values":["money"]});
        const v216 = input["value"];
        const o217 = int(v216, issues, path, "value");
        const v218 = input["min"];
        const o219 = int(v218, issues, path, "min");
        const v220 = input["max"];
        const o221 = int(v220, issues, path, "max");
        const v222 = input["currency"];
        const o223 = str(v222, issues, path, "currency");
        o207 = { "key": o209, "label": o211, "editable": o213, "type": o215, "value": o217, "min": o219, "max": o221, "currency": o223 };
      }
      o153 = o207;
    } else fail(issues, path, "type", 'invalid_union', {"note":"No matching discriminator","discriminator":"type","options":["boolean","choice","number","money"]});
  }
  return o153;
}
/** Checks a `ServiceParams` at `path`, reporting into `issues`. */
export function checkServiceParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o224: any;
  if (obj(input, issues, path, C0)) {
    const v225 = input["id"];
    const o226 = checkId(v225, issues, path, "id");
    const v227 = input["serviceId"];
    const o228 = checkId(v227, issues, path, "serviceId");
    o224 = { "id": o226, "serviceId": o228 };
  }
  return o224;
}
/** Checks a `ServiceStatus` at `path`, reporting into `issues`. */
export function checkServiceStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o229: any;
  if (input === "active" || input === "inactive") o229 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["active","inactive"]});
  return o229;
}
/** Checks a `ServiceUpdateParams` at `path`, reporting into `issues`. */
export function checkServiceUpdateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o230: any;
  if (obj(input, issues, path, C0)) {
    const v231 = input["parameters"];
    let o232: any;
    if (!Array.isArray(v231)) fail(issues, path, "parameters", 'invalid_type', {"expected":"array"});
    else {
      if (v231.length < 1) fail(issues, path, "parameters", 'too_small', {"origin":"array","minimum":1,"inclusive":true});
      o232 = new Array(v231.length);
      for (let i233 = 0; i233 < v231.length; i233++) {
        const v234 = v231[i233];
        const p235 = path.concat("parameters", i233);
        let o236: any;
        if (obj(v234, issues, p235, C0)) {
          const v237 = v234["key"];
          const o238 = str(v237, issues, p235, "key");
          if (o238 !== undefined) {
            if (o238.length < 1) fail(issues, p235, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
            if (o238.length > 40) fail(issues, p235, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
          }
          const v239 = v234["value"];
          let o240: any;
          const u241 = issues;
          let ok242 = false;
          {
            const issues: Issue[] = [];
            const o243 = bool(v239, issues, p235, "value");
            if (!issues.length) { o240 = o243; ok242 = true; }
          }
          if (!ok242) {
            const issues: Issue[] = [];
            const o244 = num(v239, issues, p235, "value");
            if (!issues.length) { o240 = o244; ok242 = true; }
          }
          if (!ok242) {
            const issues: Issue[] = [];
            const o245 = str(v239, issues, p235, "value");
            if (!issues.length) { o240 = o245; ok242 = true; }
          }
          if (!ok242) fail(u241, p235, "value", 'invalid_union', {});
          o236 = { "key": o238, "value": o240 };
        }
        o232[i233] = o236;
      }
    }
    o230 = { "parameters": o232 };
  }
  return o230;
}

export const OrderAction = /* @__PURE__ */ validator<z.output<typeof S.OrderAction>>((input, issues) => checkOrderAction(input, issues, []));
export const OrderStatus = /* @__PURE__ */ validator<z.output<typeof S.OrderStatus>>((input, issues) => checkOrderStatus(input, issues, []));
export const PendingOrder = /* @__PURE__ */ validator<z.output<typeof S.PendingOrder>>((input, issues) => checkPendingOrder(input, issues, []));
export const Service = /* @__PURE__ */ validator<z.output<typeof S.Service>>((input, issues) => checkService(input, issues, []));
export const ServiceListQuery = /* @__PURE__ */ validator<z.output<typeof S.ServiceListQuery>>((input, issues) => checkServiceListQuery(input, issues, []));
export const ServiceOrder = /* @__PURE__ */ validator<z.output<typeof S.ServiceOrder>>((input, issues) => checkServiceOrder(input, issues, []));
export const ServiceOrderCreateParams = /* @__PURE__ */ validator<z.output<typeof S.ServiceOrderCreateParams>>((input, issues) => checkServiceOrderCreateParams(input, issues, []));
export const ServiceParameter = /* @__PURE__ */ validator<z.output<typeof S.ServiceParameter>>((input, issues) => checkServiceParameter(input, issues, []));
export const ServiceParams = /* @__PURE__ */ validator<z.output<typeof S.ServiceParams>>((input, issues) => checkServiceParams(input, issues, []));
export const ServiceStatus = /* @__PURE__ */ validator<z.output<typeof S.ServiceStatus>>((input, issues) => checkServiceStatus(input, issues, []));
export const ServiceUpdateParams = /* @__PURE__ */ validator<z.output<typeof S.ServiceUpdateParams>>((input, issues) => checkServiceUpdateParams(input, issues, []));

const serviceOperations_list_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOperations.list.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_serviceOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o246: any;
  if (obj(input, issues, path, C0)) {
    const v247 = input["data"];
    let o248: any;
    if (!Array.isArray(v247)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o248 = new Array(v247.length);
      for (let i249 = 0; i249 < v247.length; i249++) {
        const v250 = v247[i249];
        const p251 = path.concat("data", i249);
        const o252 = checkService(v250, issues, p251);
        o248[i249] = o252;
      }
    }
    const v253 = input["nextCursor"];
    let o254: any;
    if (v253 === null) o254 = null;
    else {
      const o255 = str(v253, issues, path, "nextCursor");
      o254 = o255;
    }
    o246 = { "data": o248, "nextCursor": o254 };
  }
  return o246;
}
const serviceOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOperations.list.response>>>((input, issues) => check_serviceOperations_list_response(input, issues, []));
function check_serviceOrderOperations_list_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o256: any;
  if (obj(input, issues, path, C0)) {
    const v257 = input["cursor"];
    let o258: any;
    if (v257 === undefined) o258 = undefined;
    else {
      const o259 = str(v257, issues, path, "cursor");
      if (o259 !== undefined) {
        if (o259.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o258 = o259;
    }
    const v260 = input["limit"];
    let o261: any;
    if (v260 === undefined) o261 = undefined;
    else {
      const o262 = int(v260, issues, path, "limit");
      if (o262 !== undefined) {
        if (o262 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o262 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o261 = o262;
    }
    const v263 = input["status"];
    let o264: any;
    if (v263 === undefined) o264 = undefined;
    else {
      let o265: any;
      if (v263 === "accepted" || v263 === "in_progress" || v263 === "completed" || v263 === "failed") o265 = v263;
      else fail(issues, path, "status", 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
      o264 = o265;
    }
    o256 = {  };
    if (o258 !== undefined) o256["cursor"] = o258;
    if (o261 !== undefined) o256["limit"] = o261;
    if (o264 !== undefined) o256["status"] = o264;
  }
  return o256;
}
const serviceOrderOperations_list_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOrderOperations.list.query>>>((input, issues) => check_serviceOrderOperations_list_query(input, issues, []));
function check_serviceOrderOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o266: any;
  if (obj(input, issues, path, C0)) {
    const v267 = input["data"];
    let o268: any;
    if (!Array.isArray(v267)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o268 = new Array(v267.length);
      for (let i269 = 0; i269 < v267.length; i269++) {
        const v270 = v267[i269];
        const p271 = path.concat("data", i269);
        const o272 = checkServiceOrder(v270, issues, p271);
        o268[i269] = o272;
      }
    }
    const v273 = input["nextCursor"];
    let o274: any;
    if (v273 === null) o274 = null;
    else {
      const o275 = str(v273, issues, path, "nextCursor");
      o274 = o275;
    }
    o266 = { "data": o268, "nextCursor": o274 };
  }
  return o266;
}
const serviceOrderOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOrderOperations.list.response>>>((input, issues) => check_serviceOrderOperations_list_response(input, issues, []));
function check_serviceOrderOperations_retrieve_params(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o276: any;
  if (obj(input, issues, path, C0)) {
    const v277 = input["id"];
    const o278 = checkId(v277, issues, path, "id");
    const v279 = input["orderId"];
    const o280 = checkId(v279, issues, path, "orderId");
    o276 = { "id": o278, "orderId": o280 };
  }
  return o276;
}
const serviceOrderOperations_retrieve_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOrderOperations.retrieve.params>>>((input, issues) => check_serviceOrderOperations_retrieve_params(input, issues, []));

/** `GET /v1/contracts/{id}/services` (services.list) */
export const serviceList = { id: "services.list", method: "GET", path: "/v1/contracts/{id}/services", params: serviceOperations_list_params, query: ServiceListQuery, response: serviceOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/services/{serviceId}` (services.retrieve) */
export const serviceRetrieve = { id: "services.retrieve", method: "GET", path: "/v1/contracts/{id}/services/{serviceId}", params: ServiceParams, response: Service } as const satisfies ClientOperation;
/** `PATCH /v1/contracts/{id}/services/{serviceId}` (services.update) */
export const serviceUpdate = { id: "services.update", method: "PATCH", path: "/v1/contracts/{id}/services/{serviceId}", params: ServiceParams, body: ServiceUpdateParams, response: Service } as const satisfies ClientOperation;
/** The client's view of `serviceOperations`: what to send where, and how to check it. */
export const serviceOperations = { list: serviceList, retrieve: serviceRetrieve, update: serviceUpdate };
/** `POST /v1/contracts/{id}/service-orders` (serviceOrders.create) */
export const serviceOrderCreate = { id: "serviceOrders.create", method: "POST", path: "/v1/contracts/{id}/service-orders", params: serviceOperations_list_params, body: ServiceOrderCreateParams, response: ServiceOrder, creates: true } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/service-orders` (serviceOrders.list) */
export const serviceOrderList = { id: "serviceOrders.list", method: "GET", path: "/v1/contracts/{id}/service-orders", params: serviceOperations_list_params, query: serviceOrderOperations_list_query, response: serviceOrderOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/contracts/{id}/service-orders/{orderId}` (serviceOrders.retrieve) */
export const serviceOrderRetrieve = { id: "serviceOrders.retrieve", method: "GET", path: "/v1/contracts/{id}/service-orders/{orderId}", params: serviceOrderOperations_retrieve_params, response: ServiceOrder } as const satisfies ClientOperation;
/** The client's view of `serviceOrderOperations`: what to send where, and how to check it. */
export const serviceOrderOperations = { create: serviceOrderCreate, list: serviceOrderList, retrieve: serviceOrderRetrieve };
