import { http, HttpResponse } from 'msw';
import { ATTACHMENT_LIMITS, attachmentOperations } from '@portico/sdk/contract';
import type { SimulatorContext } from '../../http/context.ts';
import type { AttachmentRecord } from '../../data/helpdesk/records.ts';
import { Problem } from '../../http/problem.ts';
import { route } from '../../http/route.ts';
import { attachmentDisposition } from '../../http/disposition.ts';

/** Room for the multipart framing around one file of the largest size allowed. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** What a browser sends as a file's name, without a path ("C:\fakepath\…") and within 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() || 'attachment';
  if (base.length <= 255) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 16 ? base.slice(dot) : '';
  return base.slice(0, 255 - extension.length) + extension;
}

/** D2, D7: files for tickets — upload, then a short-lived signed link to download one. */
export function attachmentRoutes(sim: SimulatorContext) {
  return [
    route(
      sim,
      attachmentOperations.create,
      async ({ customer, body }) => {
        const bytes = new Uint8Array(await body.file.arrayBuffer());
        const file: AttachmentRecord = {
          id: sim.random.id('att'),
          fileName: cleanFileName(body.file.name),
          contentType: body.file.type,
          size: bytes.length,
          bytes,
          uploadedAt: sim.clock.iso(),
          ticketId: null,
        };
        customer.attachments.push(file);
        const { id, fileName, contentType, size } = file;
        return { id, fileName, contentType, size };
      },
      { maxBodyBytes: ATTACHMENT_LIMITS.maxSize + MULTIPART_OVERHEAD },
    ),

    route(sim, attachmentOperations.download, ({ customer, params, request }) => {
      const file = customer.attachments.find((a) => a.id === params.id);
      if (!file) throw new Problem(404, 'attachment_not_found', `No file ${params.id} on this account.`);
      const token = sim.random.id('dl', 24);
      const expiresAt = sim.clock.now() + sim.timings.attachmentLinkTtl;
      sim.world.helpdesk.attachmentLinks.set(token, { customerId: customer.id, attachmentId: file.id, expiresAt });
      return {
        url: `${new URL(request.url).origin}/media/attachments/${token}`,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        expiresAt: new Date(expiresAt).toISOString(),
      };
    }),

    // The file behind a download link: signed by its token, so `<a href download>` works without a session.
    http.get('*/media/attachments/:token', ({ params }) => {
      const link = sim.world.helpdesk.attachmentLinks.get(String(params.token));
      const file = link && sim.world.customers.get(link.customerId)?.attachments.find((a) => a.id === link.attachmentId);
      if (!link || !file || link.expiresAt < sim.clock.now()) return new HttpResponse('This download link has expired. Ask for a new one.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      return new HttpResponse(file.bytes, {
        headers: { 'content-type': file.contentType, 'content-length': String(file.size), 'content-disposition': attachmentDisposition(file.fileName), 'cache-control': 'private, max-age=300' },
      });
    }),
  ];
}
