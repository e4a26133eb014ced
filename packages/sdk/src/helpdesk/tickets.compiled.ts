// Generated from ./tickets.schemas.ts by scripts/compile-contract.ts. Do not edit: change the schemas, then run `npm run compile-contract`.
import type * as S from './tickets.schemas.ts';
import type { z } from '../core/zod.ts';
import { fail, int, isFile, obj, str, validator, type At, type Issue } from '../core/validator.ts';
import type { ClientOperation } from '../core/operation.ts';
import { checkEmail, checkId, checkIdParams, checkTimestamp } from '../core/common.compiled.ts';

const C0: PropertyKey[] = [];
const C1 = ["image/png","image/jpeg","image/gif","image/webp","application/pdf","text/plain","application/zip"];
const C2 = /^\d{6}$/;
const C3: PropertyKey[] = ["department","id"];
const C4: PropertyKey[] = ["department","name"];
const C5: PropertyKey[] = ["requester","name"];
const C6: PropertyKey[] = ["requester","email"];
const C7 = /\S/;
const C8: PropertyKey[] = ["author","kind"];
const C9: PropertyKey[] = ["author","name"];

/** Checks a `Attachment` at `path`, reporting into `issues`. */
export function checkAttachment(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o0: any;
  if (obj(input, issues, path, C0)) {
    const v1 = input["id"];
    const o2 = checkId(v1, issues, path, "id");
    const v3 = input["fileName"];
    const o4 = str(v3, issues, path, "fileName");
    if (o4 !== undefined) {
      if (o4.length < 1) fail(issues, path, "fileName", 'too_small', {"origin":"string","minimum":1,"inclusive":true});
      if (o4.length > 255) fail(issues, path, "fileName", 'too_big', {"origin":"string","maximum":255,"inclusive":true});
    }
    const v5 = input["contentType"];
    const o6 = str(v5, issues, path, "contentType");
    const v7 = input["size"];
    const o8 = int(v7, issues, path, "size");
    if (o8 !== undefined) {
      if (o8 < 0) fail(issues, path, "size", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
    }
    o0 = { "id": o2, "fileName": o4, "contentType": o6, "size": o8 };
  }
  return o0;
}
/** Checks a `AttachmentCreateParams` at `path`, reporting into `issues`. */
export function checkAttachmentCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o9: any;
  if (obj(input, issues, path, C0)) {
    const v10 = input["file"];
    let o11: any;
    if (!isFile(v10)) fail(issues, path, "file", 'invalid_type', {"expected":"file"});
    else {
      if (v10.size > 10485760) fail(issues, path, "file", 'too_big', {"origin":"file","maximum":10485760,"inclusive":true});
      if (!C1.includes(v10.type)) fail(issues, path, "file", 'invalid_value', { values: C1 });
      o11 = v10;
    }
    o9 = { "file": o11 };
  }
  return o9;
}
/** Checks a `Department` at `path`, reporting into `issues`. */
export function checkDepartment(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o12: any;
  if (obj(input, issues, path, C0)) {
    const v13 = input["id"];
    const o14 = checkId(v13, issues, path, "id");
    const v15 = input["name"];
    const o16 = str(v15, issues, path, "name");
    const v17 = input["description"];
    const o18 = str(v17, issues, path, "description");
    o12 = { "id": o14, "name": o16, "description": o18 };
  }
  return o12;
}
/** Checks a `DownloadLink` at `path`, reporting into `issues`. */
export function checkDownloadLink(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o19: any;
  if (obj(input, issues, path, C0)) {
    const v20 = input["url"];
    const o21 = str(v20, issues, path, "url");
    const v22 = input["fileName"];
    const o23 = str(v22, issues, path, "fileName");
    const v24 = input["contentType"];
    const o25 = str(v24, issues, path, "contentType");
    const v26 = input["size"];
    const o27 = int(v26, issues, path, "size");
    if (o27 !== undefined) {
      if (o27 < 0) fail(issues, path, "size", 'too_small', {"origin":"number","minimum":0,"inclusive":true});
    }
    const v28 = input["expiresAt"];
    const o29 = checkTimestamp(v28, issues, path, "expiresAt");
    o19 = { "url": o21, "fileName": o23, "contentType": o25, "size": o27, "expiresAt": o29 };
  }
  return o19;
}
/** Checks a `RelatedService` at `path`, reporting into `issues`. */
export function checkRelatedService(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o30: any;
  if (obj(input, issues, path, C0)) {
    const v31 = input["id"];
    const o32 = checkId(v31, issues, path, "id");
    const v33 = input["name"];
    const o34 = str(v33, issues, path, "name");
    o30 = { "id": o32, "name": o34 };
  }
  return o30;
}
/** Checks a `Ticket` at `path`, reporting into `issues`. */
export function checkTicket(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o35: any;
  if (obj(input, issues, path, C0)) {
    const v36 = input["id"];
    const o37 = checkId(v36, issues, path, "id");
    const v38 = input["number"];
    const o39 = str(v38, issues, path, "number");
    if (o39 !== undefined) {
      if (!C2.test(o39)) fail(issues, path, "number", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{6}$/"});
    }
    const v40 = input["subject"];
    const o41 = str(v40, issues, path, "subject");
    const v42 = input["department"];
    let o43: any;
    if (obj(v42, issues, path, "department")) {
      const v44 = v42["id"];
      const o45 = checkId(v44, issues, path, C3);
      const v46 = v42["name"];
      const o47 = str(v46, issues, path, C4);
      o43 = { "id": o45, "name": o47 };
    }
    const v48 = input["status"];
    let o49: any;
    if (v48 === "open" || v48 === "answered" || v48 === "customer_reply" || v48 === "closed") o49 = v48;
    else fail(issues, path, "status", 'invalid_value', {"values":["open","answered","customer_reply","closed"]});
    const v50 = input["priority"];
    let o51: any;
    if (v50 === "low" || v50 === "medium" || v50 === "high") o51 = v50;
    else fail(issues, path, "priority", 'invalid_value', {"values":["low","medium","high"]});
    const v52 = input["relatedService"];
    let o53: any;
    if (v52 === null) o53 = null;
    else {
      path.push("relatedService");
      const o54 = checkRelatedService(v52, issues, path);
      path.pop();
      o53 = o54;
    }
    const v55 = input["createdAt"];
    const o56 = checkTimestamp(v55, issues, path, "createdAt");
    const v57 = input["updatedAt"];
    const o58 = checkTimestamp(v57, issues, path, "updatedAt");
    const v59 = input["requester"];
    let o60: any;
    if (obj(v59, issues, path, "requester")) {
      const v61 = v59["name"];
      const o62 = str(v61, issues, path, C5);
      const v63 = v59["email"];
      const o64 = checkEmail(v63, issues, path, C6);
      o60 = { "name": o62, "email": o64 };
    }
    const v65 = input["cc"];
    let o66: any;
    if (!Array.isArray(v65)) fail(issues, path, "cc", 'invalid_type', {"expected":"array"});
    else {
      o66 = new Array(v65.length);
      for (let i67 = 0; i67 < v65.length; i67++) {
        const v68 = v65[i67];
        path.push("cc", i67);
        const o69 = checkEmail(v68, issues, path, C0);
        o66[i67] = o69;
        path.length -= 2;
      }
    }
    const v70 = input["messages"];
    let o71: any;
    if (!Array.isArray(v70)) fail(issues, path, "messages", 'invalid_type', {"expected":"array"});
    else {
      o71 = new Array(v70.length);
      for (let i72 = 0; i72 < v70.length; i72++) {
        const v73 = v70[i72];
        path.push("messages", i72);
        const o74 = checkTicketMessage(v73, issues, path);
        o71[i72] = o74;
        path.length -= 2;
      }
    }
    o35 = { "id": o37, "number": o39, "subject": o41, "department": o43, "status": o49, "priority": o51, "relatedService": o53, "createdAt": o56, "updatedAt": o58, "requester": o60, "cc": o66, "messages": o71 };
  }
  return o35;
}
/** Checks a `TicketCcParams` at `path`, reporting into `issues`. */
export function checkTicketCcParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o75: any;
  if (obj(input, issues, path, C0)) {
    const v76 = input["cc"];
    let o77: any;
    if (!Array.isArray(v76)) fail(issues, path, "cc", 'invalid_type', {"expected":"array"});
    else {
      if (v76.length > 10) fail(issues, path, "cc", 'too_big', {"origin":"array","maximum":10,"inclusive":true});
      o77 = new Array(v76.length);
      for (let i78 = 0; i78 < v76.length; i78++) {
        const v79 = v76[i78];
        path.push("cc", i78);
        const o80 = checkEmail(v79, issues, path, C0);
        o77[i78] = o80;
        path.length -= 2;
      }
    }
    o75 = { "cc": o77 };
  }
  return o75;
}
/** Checks a `TicketCreateParams` at `path`, reporting into `issues`. */
export function checkTicketCreateParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o81: any;
  if (obj(input, issues, path, C0)) {
    const v82 = input["departmentId"];
    const o83 = checkId(v82, issues, path, "departmentId");
    const v84 = input["relatedServiceId"];
    let o85: any;
    if (v84 === undefined) o85 = undefined;
    else {
      let o86: any;
      if (v84 === null) o86 = null;
      else {
        const o87 = checkId(v84, issues, path, "relatedServiceId");
        o86 = o87;
      }
      o85 = o86;
    }
    const v88 = input["priority"];
    let o89: any;
    if (v88 === "low" || v88 === "medium" || v88 === "high") o89 = v88;
    else fail(issues, path, "priority", 'invalid_value', {"values":["low","medium","high"]});
    const v90 = input["subject"];
    const o91 = str(v90, issues, path, "subject");
    if (o91 !== undefined) {
      if (o91.length < 3) fail(issues, path, "subject", 'too_small', {"origin":"string","minimum":3,"inclusive":true});
      if (o91.length > 150) fail(issues, path, "subject", 'too_big', {"origin":"string","maximum":150,"inclusive":true});
      if (!C7.test(o91)) fail(issues, path, "subject", 'invalid_format', {"origin":"string","format":"regex","pattern":"/\\S/"});
    }
    const v92 = input["message"];
    const o93 = str(v92, issues, path, "message");
    if (o93 !== undefined) {
      if (o93.length < 10) fail(issues, path, "message", 'too_small', {"origin":"string","minimum":10,"inclusive":true});
      if (o93.length > 10000) fail(issues, path, "message", 'too_big', {"origin":"string","maximum":10000,"inclusive":true});
      if (!C7.test(o93)) fail(issues, path, "message", 'invalid_format', {"origin":"string","format":"regex","pattern":"/\\S/"});
    }
    const v94 = input["cc"];
    let o95: any;
    if (v94 === undefined) o95 = undefined;
    else {
      let o96: any;
      if (!Array.isArray(v94)) fail(issues, path, "cc", 'invalid_type', {"expected":"array"});
      else {
        if (v94.length > 10) fail(issues, path, "cc", 'too_big', {"origin":"array","maximum":10,"inclusive":true});
        o96 = new Array(v94.length);
        for (let i97 = 0; i97 < v94.length; i97++) {
          const v98 = v94[i97];
          path.push("cc", i97);
          const o99 = checkEmail(v98, issues, path, C0);
          o96[i97] = o99;
          path.length -= 2;
        }
      }
      o95 = o96;
    }
    const v100 = input["attachments"];
    let o101: any;
    if (v100 === undefined) o101 = undefined;
    else {
      let o102: any;
      if (!Array.isArray(v100)) fail(issues, path, "attachments", 'invalid_type', {"expected":"array"});
      else {
        if (v100.length > 5) fail(issues, path, "attachments", 'too_big', {"origin":"array","maximum":5,"inclusive":true});
        o102 = new Array(v100.length);
        for (let i103 = 0; i103 < v100.length; i103++) {
          const v104 = v100[i103];
          path.push("attachments", i103);
          const o105 = checkId(v104, issues, path, C0);
          o102[i103] = o105;
          path.length -= 2;
        }
      }
      o101 = o102;
    }
    o81 = { "departmentId": o83, "priority": o89, "subject": o91, "message": o93 };
    if (o85 !== undefined) o81["relatedServiceId"] = o85;
    if (o95 !== undefined) o81["cc"] = o95;
    if (o101 !== undefined) o81["attachments"] = o101;
  }
  return o81;
}
/** Checks a `TicketListQuery` at `path`, reporting into `issues`. */
export function checkTicketListQuery(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o106: any;
  if (obj(input, issues, path, C0)) {
    const v107 = input["cursor"];
    let o108: any;
    if (v107 === undefined) o108 = undefined;
    else {
      const o109 = str(v107, issues, path, "cursor");
      if (o109 !== undefined) {
        if (o109.length > 200) fail(issues, path, "cursor", 'too_big', {"origin":"string","maximum":200,"inclusive":true});
      }
      o108 = o109;
    }
    const v110 = input["limit"];
    let o111: any;
    if (v110 === undefined) o111 = undefined;
    else {
      const o112 = int(v110, issues, path, "limit");
      if (o112 !== undefined) {
        if (o112 < 1) fail(issues, path, "limit", 'too_small', {"origin":"number","minimum":1,"inclusive":true});
        if (o112 > 100) fail(issues, path, "limit", 'too_big', {"origin":"number","maximum":100,"inclusive":true});
      }
      o111 = o112;
    }
    const v113 = input["status"];
    let o114: any;
    if (v113 === undefined) o114 = undefined;
    else {
      let o115: any;
      if (v113 === "open" || v113 === "answered" || v113 === "customer_reply" || v113 === "closed") o115 = v113;
      else fail(issues, path, "status", 'invalid_value', {"values":["open","answered","customer_reply","closed"]});
      o114 = o115;
    }
    o106 = {  };
    if (o108 !== undefined) o106["cursor"] = o108;
    if (o111 !== undefined) o106["limit"] = o111;
    if (o114 !== undefined) o106["status"] = o114;
  }
  return o106;
}
/** Checks a `TicketMessage` at `path`, reporting into `issues`. */
export function checkTicketMessage(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o116: any;
  if (obj(input, issues, path, C0)) {
    const v117 = input["id"];
    const o118 = checkId(v117, issues, path, "id");
    const v119 = input["author"];
    let o120: any;
    if (obj(v119, issues, path, "author")) {
      const v121 = v119["kind"];
      let o122: any;
      if (v121 === "customer" || v121 === "staff") o122 = v121;
      else fail(issues, path, C8, 'invalid_value', {"values":["customer","staff"]});
      const v123 = v119["name"];
      const o124 = str(v123, issues, path, C9);
      o120 = { "kind": o122, "name": o124 };
    }
    const v125 = input["body"];
    const o126 = str(v125, issues, path, "body");
    const v127 = input["attachments"];
    let o128: any;
    if (!Array.isArray(v127)) fail(issues, path, "attachments", 'invalid_type', {"expected":"array"});
    else {
      o128 = new Array(v127.length);
      for (let i129 = 0; i129 < v127.length; i129++) {
        const v130 = v127[i129];
        path.push("attachments", i129);
        const o131 = checkAttachment(v130, issues, path);
        o128[i129] = o131;
        path.length -= 2;
      }
    }
    const v132 = input["createdAt"];
    const o133 = checkTimestamp(v132, issues, path, "createdAt");
    o116 = { "id": o118, "author": o120, "body": o126, "attachments": o128, "createdAt": o133 };
  }
  return o116;
}
/** Checks a `TicketPriority` at `path`, reporting into `issues`. */
export function checkTicketPriority(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o134: any;
  if (input === "low" || input === "medium" || input === "high") o134 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["low","medium","high"]});
  return o134;
}
/** Checks a `TicketReplyParams` at `path`, reporting into `issues`. */
export function checkTicketReplyParams(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o135: any;
  if (obj(input, issues, path, C0)) {
    const v136 = input["message"];
    const o137 = str(v136, issues, path, "message");
    if (o137 !== undefined) {
      if (o137.length < 10) fail(issues, path, "message", 'too_small', {"origin":"string","minimum":10,"inclusive":true});
      if (o137.length > 10000) fail(issues, path, "message", 'too_big', {"origin":"string","maximum":10000,"inclusive":true});
      if (!C7.test(o137)) fail(issues, path, "message", 'invalid_format', {"origin":"string","format":"regex","pattern":"/\\S/"});
    }
    const v138 = input["attachments"];
    let o139: any;
    if (v138 === undefined) o139 = undefined;
    else {
      let o140: any;
      if (!Array.isArray(v138)) fail(issues, path, "attachments", 'invalid_type', {"expected":"array"});
      else {
        if (v138.length > 5) fail(issues, path, "attachments", 'too_big', {"origin":"array","maximum":5,"inclusive":true});
        o140 = new Array(v138.length);
        for (let i141 = 0; i141 < v138.length; i141++) {
          const v142 = v138[i141];
          path.push("attachments", i141);
          const o143 = checkId(v142, issues, path, C0);
          o140[i141] = o143;
          path.length -= 2;
        }
      }
      o139 = o140;
    }
    const v144 = input["cc"];
    let o145: any;
    if (v144 === undefined) o145 = undefined;
    else {
      let o146: any;
      if (!Array.isArray(v144)) fail(issues, path, "cc", 'invalid_type', {"expected":"array"});
      else {
        if (v144.length > 10) fail(issues, path, "cc", 'too_big', {"origin":"array","maximum":10,"inclusive":true});
        o146 = new Array(v144.length);
        for (let i147 = 0; i147 < v144.length; i147++) {
          const v148 = v144[i147];
          path.push("cc", i147);
          const o149 = checkEmail(v148, issues, path, C0);
          o146[i147] = o149;
          path.length -= 2;
        }
      }
      o145 = o146;
    }
    o135 = { "message": o137 };
    if (o139 !== undefined) o135["attachments"] = o139;
    if (o145 !== undefined) o135["cc"] = o145;
  }
  return o135;
}
/** Checks a `TicketStatus` at `path`, reporting into `issues`. */
export function checkTicketStatus(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o150: any;
  if (input === "open" || input === "answered" || input === "customer_reply" || input === "closed") o150 = input;
  else fail(issues, path, C0, 'invalid_value', {"values":["open","answered","customer_reply","closed"]});
  return o150;
}
/** Checks a `TicketSummary` at `path`, reporting into `issues`. */
export function checkTicketSummary(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o151: any;
  if (obj(input, issues, path, C0)) {
    const v152 = input["id"];
    const o153 = checkId(v152, issues, path, "id");
    const v154 = input["number"];
    const o155 = str(v154, issues, path, "number");
    if (o155 !== undefined) {
      if (!C2.test(o155)) fail(issues, path, "number", 'invalid_format', {"origin":"string","format":"regex","pattern":"/^\\d{6}$/"});
    }
    const v156 = input["subject"];
    const o157 = str(v156, issues, path, "subject");
    const v158 = input["department"];
    let o159: any;
    if (obj(v158, issues, path, "department")) {
      const v160 = v158["id"];
      const o161 = checkId(v160, issues, path, C3);
      const v162 = v158["name"];
      const o163 = str(v162, issues, path, C4);
      o159 = { "id": o161, "name": o163 };
    }
    const v164 = input["status"];
    let o165: any;
    if (v164 === "open" || v164 === "answered" || v164 === "customer_reply" || v164 === "closed") o165 = v164;
    else fail(issues, path, "status", 'invalid_value', {"values":["open","answered","customer_reply","closed"]});
    const v166 = input["priority"];
    let o167: any;
    if (v166 === "low" || v166 === "medium" || v166 === "high") o167 = v166;
    else fail(issues, path, "priority", 'invalid_value', {"values":["low","medium","high"]});
    const v168 = input["relatedService"];
    let o169: any;
    if (v168 === null) o169 = null;
    else {
      path.push("relatedService");
      const o170 = checkRelatedService(v168, issues, path);
      path.pop();
      o169 = o170;
    }
    const v171 = input["createdAt"];
    const o172 = checkTimestamp(v171, issues, path, "createdAt");
    const v173 = input["updatedAt"];
    const o174 = checkTimestamp(v173, issues, path, "updatedAt");
    o151 = { "id": o153, "number": o155, "subject": o157, "department": o159, "status": o165, "priority": o167, "relatedService": o169, "createdAt": o172, "updatedAt": o174 };
  }
  return o151;
}

export const Attachment = /* @__PURE__ */ validator<z.output<typeof S.Attachment>>((input, issues) => checkAttachment(input, issues, []));
export const AttachmentCreateParams = /* @__PURE__ */ validator<z.output<typeof S.AttachmentCreateParams>>((input, issues) => checkAttachmentCreateParams(input, issues, []));
export const Department = /* @__PURE__ */ validator<z.output<typeof S.Department>>((input, issues) => checkDepartment(input, issues, []));
export const DownloadLink = /* @__PURE__ */ validator<z.output<typeof S.DownloadLink>>((input, issues) => checkDownloadLink(input, issues, []));
export const RelatedService = /* @__PURE__ */ validator<z.output<typeof S.RelatedService>>((input, issues) => checkRelatedService(input, issues, []));
export const Ticket = /* @__PURE__ */ validator<z.output<typeof S.Ticket>>((input, issues) => checkTicket(input, issues, []));
export const TicketCcParams = /* @__PURE__ */ validator<z.output<typeof S.TicketCcParams>>((input, issues) => checkTicketCcParams(input, issues, []));
export const TicketCreateParams = /* @__PURE__ */ validator<z.output<typeof S.TicketCreateParams>>((input, issues) => checkTicketCreateParams(input, issues, []));
export const TicketListQuery = /* @__PURE__ */ validator<z.output<typeof S.TicketListQuery>>((input, issues) => checkTicketListQuery(input, issues, []));
export const TicketMessage = /* @__PURE__ */ validator<z.output<typeof S.TicketMessage>>((input, issues) => checkTicketMessage(input, issues, []));
export const TicketPriority = /* @__PURE__ */ validator<z.output<typeof S.TicketPriority>>((input, issues) => checkTicketPriority(input, issues, []));
export const TicketReplyParams = /* @__PURE__ */ validator<z.output<typeof S.TicketReplyParams>>((input, issues) => checkTicketReplyParams(input, issues, []));
export const TicketStatus = /* @__PURE__ */ validator<z.output<typeof S.TicketStatus>>((input, issues) => checkTicketStatus(input, issues, []));
export const TicketSummary = /* @__PURE__ */ validator<z.output<typeof S.TicketSummary>>((input, issues) => checkTicketSummary(input, issues, []));

const attachmentOperations_download_params = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.attachmentOperations.download.params>>>((input, issues) => checkIdParams(input, issues, []));
function check_departmentOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o175: any;
  if (obj(input, issues, path, C0)) {
    const v176 = input["data"];
    let o177: any;
    if (!Array.isArray(v176)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o177 = new Array(v176.length);
      for (let i178 = 0; i178 < v176.length; i178++) {
        const v179 = v176[i178];
        path.push("data", i178);
        const o180 = checkDepartment(v179, issues, path);
        o177[i178] = o180;
        path.length -= 2;
      }
    }
    o175 = { "data": o177 };
  }
  return o175;
}
const departmentOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.departmentOperations.list.response>>>((input, issues) => check_departmentOperations_list_response(input, issues, []));
function check_ticketOperations_list_response(input: any, issues: Issue[], path: PropertyKey[]): any {
  let o181: any;
  if (obj(input, issues, path, C0)) {
    const v182 = input["data"];
    let o183: any;
    if (!Array.isArray(v182)) fail(issues, path, "data", 'invalid_type', {"expected":"array"});
    else {
      o183 = new Array(v182.length);
      for (let i184 = 0; i184 < v182.length; i184++) {
        const v185 = v182[i184];
        path.push("data", i184);
        const o186 = checkTicketSummary(v185, issues, path);
        o183[i184] = o186;
        path.length -= 2;
      }
    }
    const v187 = input["nextCursor"];
    let o188: any;
    if (v187 === null) o188 = null;
    else {
      const o189 = str(v187, issues, path, "nextCursor");
      o188 = o189;
    }
    o181 = { "data": o183, "nextCursor": o188 };
  }
  return o181;
}
const ticketOperations_list_response = /* @__PURE__ */ validator<z.output<NonNullable<typeof S.ticketOperations.list.response>>>((input, issues) => check_ticketOperations_list_response(input, issues, []));

/** `POST /v1/helpdesk/attachments` (attachments.create) */
export const attachmentCreate = { id: "attachments.create", method: "POST", path: "/v1/helpdesk/attachments", body: AttachmentCreateParams, response: Attachment, bodyType: 'multipart', creates: true } as const satisfies ClientOperation;
/** `GET /v1/helpdesk/attachments/{id}/download` (attachments.download) */
export const attachmentDownload = { id: "attachments.download", method: "GET", path: "/v1/helpdesk/attachments/{id}/download", params: attachmentOperations_download_params, response: DownloadLink } as const satisfies ClientOperation;
/** The client's view of `attachmentOperations`: what to send where, and how to check it. */
export const attachmentOperations = { create: attachmentCreate, download: attachmentDownload };
/** `GET /v1/helpdesk/departments` (departments.list) */
export const departmentList = { id: "departments.list", method: "GET", path: "/v1/helpdesk/departments", response: departmentOperations_list_response } as const satisfies ClientOperation;
/** The client's view of `departmentOperations`: what to send where, and how to check it. */
export const departmentOperations = { list: departmentList };
/** `GET /v1/helpdesk/tickets` (tickets.list) */
export const ticketList = { id: "tickets.list", method: "GET", path: "/v1/helpdesk/tickets", query: TicketListQuery, response: ticketOperations_list_response } as const satisfies ClientOperation;
/** `GET /v1/helpdesk/tickets/{id}` (tickets.retrieve) */
export const ticketRetrieve = { id: "tickets.retrieve", method: "GET", path: "/v1/helpdesk/tickets/{id}", params: attachmentOperations_download_params, response: Ticket } as const satisfies ClientOperation;
/** `POST /v1/helpdesk/tickets` (tickets.create) */
export const ticketCreate = { id: "tickets.create", method: "POST", path: "/v1/helpdesk/tickets", body: TicketCreateParams, response: Ticket, creates: true } as const satisfies ClientOperation;
/** `POST /v1/helpdesk/tickets/{id}/replies` (tickets.reply) */
export const ticketReply = { id: "tickets.reply", method: "POST", path: "/v1/helpdesk/tickets/{id}/replies", params: attachmentOperations_download_params, body: TicketReplyParams, response: Ticket, creates: true } as const satisfies ClientOperation;
/** `POST /v1/helpdesk/tickets/{id}/close` (tickets.close) */
export const ticketClose = { id: "tickets.close", method: "POST", path: "/v1/helpdesk/tickets/{id}/close", params: attachmentOperations_download_params, response: Ticket } as const satisfies ClientOperation;
/** `PUT /v1/helpdesk/tickets/{id}/cc` (tickets.updateCc) */
export const ticketUpdateCc = { id: "tickets.updateCc", method: "PUT", path: "/v1/helpdesk/tickets/{id}/cc", params: attachmentOperations_download_params, body: TicketCcParams, response: Ticket } as const satisfies ClientOperation;
/** The client's view of `ticketOperations`: what to send where, and how to check it. */
export const ticketOperations = { list: ticketList, retrieve: ticketRetrieve, create: ticketCreate, reply: ticketReply, close: ticketClose, updateCc: ticketUpdateCc };
