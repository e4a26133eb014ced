/** How much of an upload has left the browser. */
import { isA } from './is-a.ts';
export interface UploadProgress {
  loaded: number;
  /** Bytes in all; 0 when unknown. */
  total: number;
}

/**
 * `fetch` cannot report upload progress over HTTP/1.1 (streamed request bodies need HTTP/2),
 * so uploads that want progress go through XMLHttpRequest and come back as a `Response`.
 * Progress is reported at the start, as the browser reports it, and at completion — Chromium
 * sends no upload progress at all when a service worker answers, and a bar must still finish.
 */
export function sendWithUploadProgress(url: string, init: RequestInit, onProgress: (progress: UploadProgress) => void): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let total = sizeOf(init.body);
    let reported = -1;
    const report = (loaded: number) => {
      if (loaded <= reported) return;
      reported = loaded;
      onProgress({ loaded, total });
    };
    xhr.open(init.method ?? 'GET', url);
    for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) xhr.setRequestHeader(name, value);
    xhr.upload.onloadstart = () => report(0);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) total = event.total;
      report(event.loaded);
    };
    xhr.onload = () => {
      report(Math.max(total, reported));
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.onabort = () => reject(init.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    init.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(init.body as XMLHttpRequestBodyInit | null);
  });
}

/** Bytes of the files and fields in a body, before multipart framing. */
function sizeOf(body: RequestInit['body']): number {
  if (isA(body, Blob)) return body.size;
  if (typeof body === 'string') return body.length;
  if (isA(body, FormData)) {
    let size = 0;
    for (const [, value] of body) size += typeof value === 'string' ? value.length : value.size;
    return size;
  }
  return 0;
}
