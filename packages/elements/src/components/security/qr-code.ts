import { svg, type SVGTemplateResult } from 'lit';

/** A QR code's modules: `true` is dark. */
export type QrMatrix = boolean[][];

let encoder: Promise<typeof import('uqr').encode> | undefined;

/**
 * The QR code of `text`. Its encoder is loaded only now, when a person enrols an authenticator
 * app (a dynamic import: about 4 kB gzipped that no other moment needs). It draws no markup of
 * its own: the matrix becomes an SVG path here, so a strict CSP (no inline styles, no eval) holds.
 */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  encoder ??= import('uqr').then((module) => module.encode);
  const encode = await encoder.catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  // ECC M: an otpauth:// URI stays a small, easily scanned code. A quiet zone of 4 modules, as the standard asks.
  return encode(text, { ecc: 'M', border: 4 }).data;
}

/** The matrix as an SVG: dark modules as one path over a light square, sized by CSS. */
export function qrSvg(matrix: QrMatrix, label: string): SVGTemplateResult {
  const size = matrix.length;
  let path = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return svg`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect class="qr-light" width=${size} height=${size}></rect>
    <path class="qr-dark" d=${path}></path>
  </svg>`;
}
