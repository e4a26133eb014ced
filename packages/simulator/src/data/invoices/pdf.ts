// The invoice as a PDF („Faktura VAT"), written with pdf-lib and an embedded DejaVu Sans that
// has every Polish letter. Heavy (pdf-lib, fontkit and the font): the routes import this
// module only when a PDF is asked for, so that a page or a story that never opens an invoice
// never loads it.
import type * as PdfLib from 'pdf-lib';
import type { Invoice } from '@portico/sdk/account';
import { DEJAVU_SANS, DEJAVU_SANS_BOLD } from './invoice-font.ts';
import { plAmount, plAmountWords } from './pdf-words.ts';

/** Who sells and who buys, as the invoice prints them. */
export interface InvoiceParties {
  seller: { brand: string; legalName: string; address: string; taxId: string; iban: string; email: string };
  buyer: { name: string; customerId: string; login: string; email: string };
}

type Font = PdfLib.PDFFont;
type Page = PdfLib.PDFPage;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const FOOTER = 48;
const INK = { r: 0.11, g: 0.13, b: 0.16 };
const MUTED = { r: 0.38, g: 0.41, b: 0.46 };
const RULE = { r: 0.8, g: 0.82, b: 0.85 };
const SHADE = { r: 0.94, g: 0.95, b: 0.96 };

const PAYMENT_WORDS = { balance: 'z salda konta', card: 'kartą płatniczą', bank_transfer: 'przelewem' } as const;

/**
 * pdf-lib's own ES build imports CommonJS modules (pako) that a browser cannot load without
 * a bundler; its `dist` file is one self-contained ES module. Node loads the CommonJS build.
 */
async function loadPdfLib(): Promise<typeof PdfLib> {
  const node = typeof process !== 'undefined' && Boolean(process.versions?.node);
  return node ? import('pdf-lib') : ((await import('pdf-lib/dist/pdf-lib.esm.js' as string)) as typeof PdfLib);
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The table's columns: width, and where the text sits. */
const COLUMNS = [
  { title: 'Lp.', width: 22, align: 'right' },
  { title: 'Nazwa towaru lub usługi', width: 186, align: 'left' },
  { title: 'Ilość', width: 32, align: 'right' },
  { title: 'Cena netto', width: 56, align: 'right' },
  { title: 'Wartość netto', width: 62, align: 'right' },
  { title: 'VAT', width: 30, align: 'right' },
  { title: 'Kwota VAT', width: 56, align: 'right' },
  { title: 'Wartość brutto', width: 67.28 },
] as const;

/** Writes the invoice's PDF: one or more A4 pages, in Polish, with the font embedded (subset). */
export async function renderInvoicePdf(invoice: Invoice, parties: InvoiceParties, issuedAt: number): Promise<Uint8Array> {
  const [{ PDFDocument, rgb }, fontkitModule] = await Promise.all([loadPdfLib(), import('@pdf-lib/fontkit')]);
  type Fontkit = Parameters<PdfLib.PDFDocument['registerFontkit']>[0];
  const fontkit = (fontkitModule as unknown as { default?: Fontkit }).default ?? (fontkitModule as unknown as Fontkit);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(bytesOf(DEJAVU_SANS), { subset: true });
  const bold = await doc.embedFont(bytesOf(DEJAVU_SANS_BOLD), { subset: true });
  const title = `Faktura VAT ${invoice.number}`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(parties.seller.legalName);
  doc.setSubject(`${title} — ${parties.buyer.name}`);
  doc.setLanguage('pl-PL');
  doc.setCreator(parties.seller.brand);
  doc.setCreationDate(new Date(issuedAt));
  doc.setModificationDate(new Date(issuedAt));

  const color = (c: { r: number; g: number; b: number }) => rgb(c.r, c.g, c.b);
  const pages: Page[] = [];
  let page!: Page;
  let y = 0;
  const newPage = () => {
    page = doc.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN;
  };
  const text = (value: string, x: number, at: number, options: { font?: Font; size?: number; muted?: boolean; align?: 'left' | 'right'; width?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 9;
    const left = options.align === 'right' ? x + (options.width ?? 0) - font.widthOfTextAtSize(value, size) : x;
    page.drawText(value, { x: left, y: at, size, font, color: color(options.muted ? MUTED : INK) });
  };
  const right = A4[0] - MARGIN;
  const width = right - MARGIN;

  newPage();
  // Header: the seller's brand, and the document's kind and number.
  text(parties.seller.brand, MARGIN, y - 16, { font: bold, size: 18 });
  text('Faktura VAT', MARGIN, y - 16, { font: bold, size: 18, align: 'right', width });
  text(`nr ${invoice.number}`, MARGIN, y - 32, { font: bold, size: 11, align: 'right', width });
  text('Oryginał', MARGIN, y - 44, { size: 8, muted: true, align: 'right', width });
  y -= 66;
  const dates: [string, string][] = [
    ['Data wystawienia', invoice.issueDate],
    ['Data sprzedaży', invoice.period.to],
    ['Okres rozliczeniowy', `${invoice.period.from} – ${invoice.period.to}`],
    ['Termin płatności', invoice.dueDate],
    ['Miejsce wystawienia', 'Warszawa'],
  ];
  for (const [label, value] of dates) {
    text(`${label}:`, MARGIN + width - 250, y, { muted: true });
    text(value, MARGIN, y, { align: 'right', width });
    y -= 12;
  }
  y -= 10;

  // The parties, side by side.
  const [street, city] = parties.seller.address.split(/,\s*/);
  const party = (heading: string, lines: string[], x: number) => {
    text(heading, x, y, { font: bold, size: 10 });
    lines.forEach((line, i) => text(line, x, y - 15 - i * 12, { font: i === 0 ? bold : regular }));
  };
  party('Sprzedawca', [parties.seller.legalName, street ?? '', city ?? '', `NIP: ${parties.seller.taxId}`, parties.seller.email], MARGIN);
  party('Nabywca', [parties.buyer.name, `Nr klienta: ${parties.buyer.customerId}`, `Login: ${parties.buyer.login}`, parties.buyer.email], MARGIN + width / 2 + 8);
  y -= 15 + 5 * 12 + 14;

  // The lines, the header again on every page.
  const lineHeight = 10.5;
  const columnX = (index: number) => MARGIN + COLUMNS.slice(0, index).reduce((sum, c) => sum + c.width, 0);
  const cell = (value: string, index: number, at: number, font: Font = regular) => {
    const column = COLUMNS[index]!;
    const x = columnX(index);
    if ('align' in column && column.align === 'left') text(value, x + 4, at, { font, size: 8 });
    else text(value, x, at, { font, size: 8, align: 'right', width: column.width - 4 });
  };
  const tableHeader = () => {
    page.drawRectangle({ x: MARGIN, y: y - 22, width, height: 24, color: color(SHADE) });
    COLUMNS.forEach((column, index) => {
      const words = wrap(column.title, column.width - 8, bold, 7.5);
      words.forEach((word, i) => {
        const at = y - 8 - i * 9;
        if ('align' in column && column.align === 'left') text(word, columnX(index) + 4, at, { font: bold, size: 7.5 });
        else text(word, columnX(index), at, { font: bold, size: 7.5, align: 'right', width: column.width - 4 });
      });
    });
    y -= 32;
  };
  tableHeader();
  invoice.lines.forEach((line, index) => {
    const description = wrap(line.description, COLUMNS[1].width - 8, regular, 8);
    const height = description.length * lineHeight + 4;
    if (y - height < MARGIN + FOOTER) {
      newPage();
      tableHeader();
    }
    cell(`${index + 1}`, 0, y);
    description.forEach((part, i) => cell(part, 1, y - i * lineHeight));
    cell(`${line.quantity}`, 2, y);
    cell(plAmount(line.unitNet.amount), 3, y);
    cell(plAmount(line.net.amount), 4, y);
    cell(`${line.vatRate}%`, 5, y);
    cell(plAmount(line.vat.amount), 6, y);
    cell(plAmount(line.gross.amount), 7, y);
    y -= height;
    page.drawLine({ start: { x: MARGIN, y: y + 7 }, end: { x: right, y: y + 7 }, thickness: 0.4, color: color(RULE) });
  });

  // Totals, the VAT summary, and what to pay where: kept together on one page.
  if (y - 210 < MARGIN + FOOTER) newPage();
  y -= 6;
  text('Razem', columnX(3), y, { font: bold, size: 8, align: 'right', width: COLUMNS[3].width - 4 });
  cell(plAmount(invoice.net.amount), 4, y, bold);
  cell(plAmount(invoice.vat.amount), 6, y, bold);
  cell(plAmount(invoice.gross.amount), 7, y, bold);
  y -= 12;
  const rates = [...new Set(invoice.lines.map((l) => l.vatRate))];
  for (const rate of rates) {
    const of = invoice.lines.filter((l) => l.vatRate === rate);
    const sum = (pick: (l: Invoice['lines'][number]) => number) => of.reduce((total, l) => total + pick(l), 0);
    text(`w tym ${rate}%`, columnX(3), y, { size: 8, muted: true, align: 'right', width: COLUMNS[3].width - 4 });
    cell(plAmount(sum((l) => l.net.amount)), 4, y);
    cell(`${rate}%`, 5, y);
    cell(plAmount(sum((l) => l.vat.amount)), 6, y);
    cell(plAmount(sum((l) => l.gross.amount)), 7, y);
    y -= 12;
  }
  y -= 16;
  page.drawRectangle({ x: MARGIN, y: y - 46, width, height: 58, color: color(SHADE) });
  text('Razem do zapłaty:', MARGIN + 10, y - 6, { font: bold, size: 13 });
  text(`${plAmount(invoice.gross.amount)} zł`, MARGIN, y - 6, { font: bold, size: 13, align: 'right', width: width - 10 });
  text(`Słownie: ${plAmountWords(invoice.gross.amount)}`, MARGIN + 10, y - 24, { size: 9 });
  text(invoice.paidAt ? `Zapłacono ${invoice.paidAt.slice(0, 10)}${invoice.paidWith ? ` ${PAYMENT_WORDS[invoice.paidWith]}` : ''}.` : `Należność prosimy wpłacić do ${invoice.dueDate}.`, MARGIN + 10, y - 38, { size: 9, muted: true });
  y -= 66;
  const payment: [string, string][] = [
    ['Sposób płatności', 'przelew, karta płatnicza lub saldo konta'],
    ['Numer rachunku', parties.seller.iban],
    ['Odbiorca', parties.seller.legalName],
    ['Tytuł przelewu', invoice.number],
  ];
  for (const [label, value] of payment) {
    text(`${label}:`, MARGIN, y, { muted: true });
    text(value, MARGIN + 110, y, { font: label === 'Numer rachunku' ? bold : regular });
    y -= 13;
  }
  if (invoice.paperCopy) {
    y -= 6;
    text('Kopia papierowa faktury zostaje wysłana pocztą na adres korespondencyjny (usługa płatna).', MARGIN, y, { size: 8, muted: true });
  }

  // Every page: who issued it, and where it is in the document.
  pages.forEach((p, index) => {
    page = p;
    p.drawLine({ start: { x: MARGIN, y: MARGIN + 18 }, end: { x: right, y: MARGIN + 18 }, thickness: 0.4, color: color(RULE) });
    text(`${parties.seller.legalName} · ${parties.seller.address} · NIP ${parties.seller.taxId} · ${parties.seller.email}`, MARGIN, MARGIN + 6, { size: 7, muted: true });
    text(`Strona ${index + 1} z ${pages.length}`, MARGIN, MARGIN + 6, { size: 7, muted: true, align: 'right', width });
  });
  return doc.save({ useObjectStreams: true });
}

/**
 * Words of `value` in lines no wider than `maxWidth`; a word longer than a line is cut. A
 * phone number's groups of digits stay on one line (`+48 601 200 300`).
 */
function wrap(value: string, maxWidth: number, font: Font, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of value.split(/\s+(?!\d)/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (font.widthOfTextAtSize(current, size) > maxWidth && current.length > 1) {
      let cut = current.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(current.slice(0, cut), size) > maxWidth) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current) lines.push(current);
  return lines.length ? lines : [''];
}
