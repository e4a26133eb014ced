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
      path.push("monthlyFee");
      const o22 = checkMoney(v20, issues, path);
      path.pop();
      o21 = o22;
    }
    const v23 = input["parameters"];
    let o24: any;
    if (!Array.isArray(v23)) fail(issues, path, "parameters", 'invalid_type', {"expected":"array"});
    else {
      o24 = new Array(v23.length);
      for (let i25 = 0; i25 < v23.length; i25++) {
        const v26 = v23[i25];
        path.push("parameters", i25);
        let o27: any;
        if (obj(v26, issues, path, C0)) {
          const d28 = v26["type"];
          if (d28 === "boolean") {
            let o29: any;
            if (obj(v26, issues, path, C0)) {
              const v30 = v26["key"];
              const o31 = str(v30, issues, path, "key");
              if (o31 !== undefined) {
                if (o31.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o31.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v32 = v26["label"];
              const o33 = str(v32, issues, path, "label");
              const v34 = v26["editable"];
              const o35 = bool(v34, issues, path, "editable");
              const v36 = v26["type"];
              let o37: any;
              if (v36 === "boolean") o37 = v36;
              else fail(issues, path, "type", 'invalid_value', {"values":["boolean"]});
              const v38 = v26["value"];
              const o39 = bool(v38, issues, path, "value");
              o29 = { "key": o31, "label": o33, "editable": o35, "type": o37, "value": o39 };
            }
            o27 = o29;
          } else if (d28 === "choice") {
            let o40: any;
            if (obj(v26, issues, path, C0)) {
              const v41 = v26["key"];
              const o42 = str(v41, issues, path, "key");
              if (o42 !== undefined) {
                if (o42.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o42.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v43 = v26["label"];
              const o44 = str(v43, issues, path, "label");
              const v45 = v26["editable"];
              const o46 = bool(v45, issues, path, "editable");
              const v47 = v26["type"];
              let o48: any;
              if (v47 === "choice") o48 = v47;
              else fail(issues, path, "type", 'invalid_value', {"values":["choice"]});
              const v49 = v26["value"];
              const o50 = str(v49, issues, path, "value");
              const v51 = v26["options"];
              let o52: any;
              if (!Array.isArray(v51)) fail(issues, path, "options", 'invalid_type', {"expected":"array"});
              else {
                o52 = new Array(v51.length);
                for (let i53 = 0; i53 < v51.length; i53++) {
                  const v54 = v51[i53];
                  path.push("options", i53);
                  let o55: any;
                  if (obj(v54, issues, path, C0)) {
                    const v56 = v54["value"];
                    const o57 = str(v56, issues, path, "value");
                    const v58 = v54["label"];
                    const o59 = str(v58, issues, path, "label");
                    o55 = { "value": o57, "label": o59 };
                  }
                  o52[i53] = o55;
                  path.length -= 2;
                }
              }
              o40 = { "key": o42, "label": o44, "editable": o46, "type": o48, "value": o50, "options": o52 };
            }
            o27 = o40;
          } else if (d28 === "number") {
            let o60: any;
            if (obj(v26, issues, path, C0)) {
              const v61 = v26["key"];
              const o62 = str(v61, issues, path, "key");
              if (o62 !== undefined) {
                if (o62.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o62.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v63 = v26["label"];
              const o64 = str(v63, issues, path, "label");
              const v65 = v26["editable"];
              const o66 = bool(v65, issues, path, "editable");
              const v67 = v26["type"];
              let o68: any;
              if (v67 === "number") o68 = v67;
              else fail(issues, path, "type", 'invalid_value', {"values":["number"]});
              const v69 = v26["value"];
              const o70 = int(v69, issues, path, "value");
              const v71 = v26["min"];
              const o72 = int(v71, issues, path, "min");
              const v73 = v26["max"];
              const o74 = int(v73, issues, path, "max");
              const v75 = v26["step"];
              const o76 = int(v75, issues, path, "step");
              const v77 = v26["unit"];
              let o78: any;
              if (v77 === null) o78 = null;
              else {
                const o79 = str(v77, issues, path, "unit");
                o78 = o79;
              }
              o60 = { "key": o62, "label": o64, "editable": o66, "type": o68, "value": o70, "min": o72, "max": o74, "step": o76, "unit": o78 };
            }
            o27 = o60;
          } else if (d28 === "money") {
            let o80: any;
            if (obj(v26, issues, path, C0)) {
              const v81 = v26["key"];
              const o82 = str(v81, issues, path, "key");
              if (o82 !== undefined) {
                if (o82.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
                if (o82.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
              }
              const v83 = v26["label"];
              const o84 = str(v83, issues, path, "label");
              const v85 = v26["editable"];
              const o86 = bool(v85, issues, path, "editable");
              const v87 = v26["type"];
              let o88: any;
              if (v87 === "money") o88 = v87;
              else fail(issues, path, "type", 'invalid_value', {"values":["money"]});
              const v89 = v26["value"];
              const o90 = int(v89, issues, path, "value");
              const v91 = v26["min"];
              const o92 = int(v91, issues, path, "min");
              const v93 = v26["max"];
              const o94 = int(v93, issues, path, "max");
              const v95 = v26["currency"];
              const o96 = str(v95, issues, path, "currency");
              o80 = { "key": o82, "label": o84, "editable": o86, "type": o88, "value": o90, "min": o92, "max": o94, "currency": o96 };
            }
            o27 = o80;
          } else fail(issues, path, "type", 'invalid_union', {"note":"No matching discriminator","discriminator":"type","options":["boolean","choice","number","money"]});
        }
        o24[i25] = o27;
        path.length -= 2;
      }
    }
    const v97 = input["orderable"];
    const o98 = bool(v97, issues, path, "orderable");
    const v99 = input["pendingOrder"];
    let o100: any;
    if (v99 === null) o100 = null;
    else {
      path.push("pendingOrder");
      const o101 = checkPendingOrder(v99, issues, path);
      path.pop();
      o100 = o101;
    }
    o9 = { "id": o11, "name": o13, "description": o15, "category": o17, "status": o19, "monthlyFee": o21, "parameters": o24, "orderable": o98, "pendingOrder": o100 };
  }
  return o9;
}
/** Checks a `ServiceListQuery` at `path`, reporting into `issues`. */
export function checkServiceListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o102: any;
  if (obj(input, issues, path, C0)) {
    const v103 = input["cursor"];
    let o104: any;
    if (v103 === undefined) o104 = undefined;
    else {
      const o105 = str(v103, issues, path, "cursor");
      if (o105 !== undefined) {
        if (o105.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o104 = o105;
    }
    const v106 = input["limit"];
    let o107: any;
    if (v106 === undefined) o107 = undefined;
    else {
      const o108 = int(v106, issues, path, "limit");
      if (o108 !== undefined) {
        if (o108 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o108 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o107 = o108;
    }
    const v109 = input["status"];
    let o110: any;
    if (v109 === undefined) o110 = undefined;
    else {
      let o111: any;
      if (v109 === "active" || v109 === "inactive" || v109 === "all") o111 = v109;
      else fail(issues, path, "status", 'invalid_value', {"values":["active","inactive","all"]});
      o110 = o111;
    }
    o102 = {  };
    if (o104 !== undefined) o102["cursor"] = o104;
    if (o107 !== undefined) o102["limit"] = o107;
    if (o110 !== undefined) o102["status"] = o110;
  }
  return o102;
}
/** Checks a `ServiceOrder` at `path`, reporting into `issues`. */
export function checkServiceOrder(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o112: any;
  if (obj(input, issues, path, C0)) {
    const v113 = input["id"];
    const o114 = checkId(v113, issues, path, "id");
    const v115 = input["number"];
    const o116 = str(v115, issues, path, "number");
    const v117 = input["contractId"];
    const o118 = checkId(v117, issues, path, "contractId");
    const v119 = input["serviceId"];
    const o120 = checkId(v119, issues, path, "serviceId");
    const v121 = input["serviceName"];
    const o122 = str(v121, issues, path, "serviceName");
    const v123 = input["action"];
    let o124: any;
    if (v123 === "activate" || v123 === "deactivate") o124 = v123;
    else fail(issues, path, "action", 'invalid_value', {"values":["activate","deactivate"]});
    const v125 = input["status"];
    let o126: any;
    if (v125 === "accepted" || v125 === "in_progress" || v125 === "completed" || v125 === "failed") o126 = v125;
    else fail(issues, path, "status", 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
    const v127 = input["notify"];
    let o128: any;
    if (obj(v127, issues, path, "notify")) {
      const v129 = v127["user"];
      const o130 = bool(v129, issues, path, C1);
      const v131 = v127["admin"];
      const o132 = bool(v131, issues, path, C2);
      o128 = { "user": o130, "admin": o132 };
    }
    const v133 = input["failureCode"];
    let o134: any;
    if (v133 === null) o134 = null;
    else {
      const o135 = str(v133, issues, path, "failureCode");
      o134 = o135;
    }
    const v136 = input["createdAt"];
    const o137 = checkTimestamp(v136, issues, path, "createdAt");
    const v138 = input["updatedAt"];
    const o139 = checkTimestamp(v138, issues, path, "updatedAt");
    o112 = { "id": o114, "number": o116, "contractId": o118, "serviceId": o120, "serviceName": o122, "action": o124, "status": o126, "notify": o128, "failureCode": o134, "createdAt": o137, "updatedAt": o139 };
  }
  return o112;
}
/** Checks a `ServiceOrderCreateParams` at `path`, reporting into `issues`. */
export function checkServiceOrderCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o140: any;
  if (obj(input, issues, path, C0)) {
    const v141 = input["serviceId"];
    const o142 = checkId(v141, issues, path, "serviceId");
    const v143 = input["action"];
    let o144: any;
    if (v143 === "activate" || v143 === "deactivate") o144 = v143;
    else fail(issues, path, "action", 'invalid_value', {"values":["activate","deactivate"]});
    const v145 = input["notify"];
    let o146: any;
    if (obj(v145, issues, path, "notify")) {
      const v147 = v145["user"];
      const o148 = bool(v147, issues, path, C1);
      const v149 = v145["admin"];
      const o150 = bool(v149, issues, path, C2);
      o146 = { "user": o148, "admin": o150 };
    }
    o140 = { "serviceId": o142, "action": o144, "notify": o146 };
  }
  return o140;
}
/** Checks a `ServiceParameter` at `path`, reporting into `issues`. */
export function checkServiceParameter(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o151: any;
  if (obj(input, issues, path, C0)) {
    const d152 = input["type"];
    if (d152 === "boolean") {
      let o153: any;
      if (obj(input, issues, path, C0)) {
        const v154 = input["key"];
        const o155 = str(v154, issues, path, "key");
        if (o155 !== undefined) {
          if (o155.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o155.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v156 = input["label"];
        const o157 = str(v156, issues, path, "label");
        const v158 = input["editable"];
        const o159 = bool(v158, issues, path, "editable");
        const v160 = input["type"];
        let o161: any;
        if (v160 === "boolean") o161 = v160;
        else fail(issues, path, "type", 'invalid_value', {"values":["boolean"]});
        const v162 = input["value"];
        const o163 = bool(v162, issues, path, "value");
        o153 = { "key": o155, "label": o157, "editable": o159, "type": o161, "value": o163 };
      }
      o151 = o153;
    } else if (d152 === "choice") {
      let o164: any;
      if (obj(input, issues, path, C0)) {
        const v165 = input["key"];
        const o166 = str(v165, issues, path, "key");
        if (o166 !== undefined) {
          if (o166.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o166.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v167 = input["label"];
        const o168 = str(v167, issues, path, "label");
        const v169 = input["editable"];
        const o170 = bool(v169, issues, path, "editable");
        const v171 = input["type"];
        let o172: any;
        if (v171 === "choice") o172 = v171;
        else fail(issues, path, "type", 'invalid_value', {"values":["choice"]});
        const v173 = input["value"];
        const o174 = str(v173, issues, path, "value");
        const v175 = input["options"];
        let o176: any;
        if (!Array.isArray(v175)) fail(issues, path, "options", 'invalid_type', {"expected":"array"});
        else {
          o176 = new Array(v175.length);
          for (let i177 = 0; i177 < v175.length; i177++) {
            const v178 = v175[i177];
            path.push("options", i177);
            let o179: any;
            if (obj(v178, issues, path, C0)) {
              const v180 = v178["value"];
              const o181 = str(v180, issues, path, "value");
              const v182 = v178["label"];
              const o183 = str(v182, issues, path, "label");
              o179 = { "value": o181, "label": o183 };
            }
            o176[i177] = o179;
            path.length -= 2;
          }
        }
        o164 = { "key": o166, "label": o168, "editable": o170, "type": o172, "value": o174, "options": o176 };
      }
      o151 = o164;
    } else if (d152 === "number") {
      let o184: any;
      if (obj(input, issues, path, C0)) {
        const v185 = input["key"];
        const o186 = str(v185, issues, path, "key");
        if (o186 !== undefined) {
          if (o186.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o186.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v187 = input["label"];
        const o188 = str(v187, issues, path, "label");
        const v189 = input["editable"];
        const o190 = bool(v189, issues, path, "editable");
        const v191 = input["type"];
        let o192: any;
        if (v191 === "number") o192 = v191;
        else fail(issues, path, "type", 'invalid_value', {"values":["number"]});
        const v193 = input["value"];
        const o194 = int(v193, issues, path, "value");
        const v195 = input["min"];
        const o196 = int(v195, issues, path, "min");
        const v197 = input["max"];
        const o198 = int(v197, issues, path, "max");
        const v199 = input["step"];
        const o200 = int(v199, issues, path, "step");
        const v201 = input["unit"];
        let o202: any;
        if (v201 === null) o202 = null;
        else {
          const o203 = str(v201, issues, path, "unit");
          o202 = o203;
        }
        o184 = { "key": o186, "label": o188, "editable": o190, "type": o192, "value": o194, "min": o196, "max": o198, "step": o200, "unit": o202 };
      }
      o151 = o184;
    } else if (d152 === "money") {
      let o204: any;
      if (obj(input, issues, path, C0)) {
        const v205 = input["key"];
        const o206 = str(v205, issues, path, "key");
        if (o206 !== undefined) {
          if (o206.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
          if (o206.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
        }
        const v207 = input["label"];
        const o208 = str(v207, issues, path, "label");
        const v209 = input["editable"];
        const o210 = bool(v209, issues, path, "editable");
        const v211 = input["type"];
        let o212: any;
        if (v211 === "money") o212 = v211;
        else fail(issues, path, "type", 'invalid_value', {"values":["money"]});
        const v213 = input["value"];
        const o214 = int(v213, issues, path, "value");
        const v215 = input["min"];
        const o216 = int(v215, issues, path, "min");
        const v217 = input["max"];
        const o218 = int(v217, issues, path, "max");
        const v219 = input["currency"];
        const o220 = str(v219, issues, path, "currency");
        o204 = { "key": o206, "label": o208, "editable": o210, "type": o212, "value": o214, "min": o216, "max": o218, "currency": o220 };
      }
      o151 = o204;
    } else fail(issues, path, "type", 'invalid_union', {"note":"No matching discriminator","discriminator":"type","options":["boolean","choice","number","money"]});
  }
  return o151;
}
/** Checks a `ServiceParams` at `path`, reporting into `issues`. */
export function checkServiceParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o221: any;
  if (obj(input, issues, path, C0)) {
    const v222 = input["id"];
    const o223 = checkId(v222, issues, path, "id");
    const v224 = input["serviceId"];
    const o225 = checkId(v224, issues, path, "serviceId");
    o221 = { "id": o223, "serviceId": o225 };
  }
  return o221;
}
/** Checks a `ServiceStatus` at `path`, reporting into `issues`. */
export function checkServiceStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o226: any;
  if (input === "active" || input === "inactive") o226 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["active","inactive"]});
  return o226;
}
/** Checks a `ServiceUpdateParams` at `path`, reporting into `issues`. */
export function checkServiceUpdateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o227: any;
  if (obj(input, issues, path, C0)) {
    const v228 = input["parameters"];
    let o229: any;
    if (!Array.isArray(v228)) fail(issues, path, "parameters", 'invalid_type', {"expected":"array"});
    else {
      if (v228.length < 1) fail(issues, path, "parameters", 'too_small', {"origin":"array","minimum":1,"inclusive":true});
      o229 = new Array(v228.length);
      for (let i230 = 0; i230 < v228.length; i230++) {
        const v231 = v228[i230];
        path.push("parameters", i230);
        let o232: any;
        if (obj(v231, issues, path, C0)) {
          const v233 = v231["key"];
          const o234 = str(v233, issues, path, "key");
          if (o234 !== undefined) {
            if (o234.length < 1) fail(issues, path, "key", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
            if (o234.length > 40) fail(issues, path, "key", 'too_big', {"origin":"string","maximum":40,"inclusive":true});
          }
          const v235 = v231["value"];
          let o236: any;
          const u237 = issues;
          let ok238 = false;
          {
            const issues: Issue[] = [];
            const o239 = bool(v235, issues, path, "value");
            if (!issues.length) { o236 = o239; ok238 = true; }
          }
          if (!ok238) {
            const issues: Issue[] = [];
            const o240 = num(v235, issues, path, "value");
            if (!issues.length) { o236 = o240; ok238 = true; }
          }
          if (!ok238) {
            const issues: Issue[] = [];
            const o241 = str(v235, issues, path, "value");
            if (!issues.length) { o236 = o241; ok238 = true; }
          }
          if (!ok238) fail(u237, path, "value", 'invalid_union', {});
          o232 = { "key": o234, "value": o236 };
        }
        o229[i230] = o232;
        path.length -= 2;
      }
    }
    o227 = { "parameters": o229 };
  }
  return o227;
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
  let o242: any;
  if (obj(input, issues, path, C0)) {
    const v243 = input["data"];
    let o244: any;
    if (!Array.isArray(v243)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o244 = new Array(v243.length);
      for (let i245 = 0; i245 < v243.length; i245++) {
        const v246 = v243[i245];
        path.push("data", i245);
        const o247 = checkService(v246, issues, path);
        o244[i245] = o247;
        path.length -= 2;
      }
    }
    const v248 = input["nextCursor"];
    let o249: any;
    if (v248 === null) o249 = null;
    else {
      const o250 = str(v248, issues, path, "nextCursor");
      o249 = o250;
    }
    o242 = { "data": o244, "nextCursor": o249 };
  }
  return o242;
}
const serviceOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOperations.list.response>>>((input, issues) => check_serviceOperations_list_response(input, issues, []));
function check_serviceOrderOperations_list_query(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o251: any;
  if (obj(input, issues, path, C0)) {
    const v252 = input["cursor"];
    let o253: any;
    if (v252 === undefined) o253 = undefined;
    else {
      const o254 = str(v252, issues, path, "cursor");
      if (o254 !== undefined) {
        if (o254.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o253 = o254;
    }
    const v255 = input["limit"];
    let o256: any;
    if (v255 === undefined) o256 = undefined;
    else {
      const o257 = int(v255, issues, path, "limit");
      if (o257 !== undefined) {
        if (o257 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o257 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o256 = o257;
    }
    const v258 = input["status"];
    let o259: any;
    if (v258 === undefined) o259 = undefined;
    else {
      let o260: any;
      if (v258 === "accepted" || v258 === "in_progress" || v258 === "completed" || v258 === "failed") o260 = v258;
      else fail(issues, path, "status", 'invalid_value', {"values":["accepted","in_progress","completed","failed"]});
      o259 = o260;
    }
    o251 = {  };
    if (o253 !== undefined) o251["cursor"] = o253;
    if (o256 !== undefined) o251["limit"] = o256;
    if (o259 !== undefined) o251["status"] = o259;
  }
  return o251;
}
const serviceOrderOperations_list_query = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOrderOperations.list.query>>>((input, issues) => check_serviceOrderOperations_list_query(input, issues, []));
function check_serviceOrderOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o261: any;
  if (obj(input, issues, path, C0)) {
    const v262 = input["data"];
    let o263: any;
    if (!Array.isArray(v262)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o263 = new Array(v262.length);
      for (let i264 = 0; i264 < v262.length; i264++) {
        const v265 = v262[i264];
        path.push("data", i264);
        const o266 = checkServiceOrder(v265, issues, path);
        o263[i264] = o266;
        path.length -= 2;
      }
    }
    const v267 = input["nextCursor"];
    let o268: any;
    if (v267 === null) o268 = null;
    else {
      const o269 = str(v267, issues, path, "nextCursor");
      o268 = o269;
    }
    o261 = { "data": o263, "nextCursor": o268 };
  }
  return o261;
}
const serviceOrderOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.serviceOrderOperations.list.response>>>((input, issues) => check_serviceOrderOperations_list_response(input, issues, []));
function check_serviceOrderOperations_retrieve_params(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o270: any;
  if (obj(input, issues, path, C0)) {
    const v271 = input["id"];
    const o272 = checkId(v271, issues, path, "id");
    const v273 = input["orderId"];
    const o274 = checkId(v273, issues, path, "orderId");
    o270 = { "id": o272, "orderId": o274 };
  }
  return o270;
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
