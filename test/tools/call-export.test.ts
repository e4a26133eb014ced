// The call log's export, as a user opens the file: .xlsx read back with SheetJS, .csv parsed
// by RFC 4180. The Worker around the writers needs a browser; here the writers run directly.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { createSimulator } from '@portico/simulator';
import type { Call } from '@portico/sdk/contracts';
import {
  createCallExport,
  createFileWriter,
  createXlsxWriter,
  writeCsv,
  writeXlsx,
  type CallExportLabels,
  type CallExportOptions,
} from '../../packages/elements/src/components/call-log-table/export/call-export.ts';

// Polish users' zone, with summer time: a writer that used UTC would be an hour or two off.
process.env.TZ = 'Europe/Warsaw';

const EXPORT_DIR = new URL('../../packages/elements/src/components/call-log-table/export/', import.meta.url);

const pl: CallExportLabels = {
  sheetName: 'Połączenia',
  columns: {
    startedAt: 'Data i godzina',
    direction: 'Kierunek',
    category: 'Kategoria',
    from: 'Z numeru',
    to: 'Na numer',
    country: 'Kraj',
    duration: 'Czas trwania',
    volume: 'Dane (MB)',
    cost: 'Koszt',
    currency: 'Waluta',
    recorded: 'Nagranie',
  },
  direction: { outgoing: 'wychodzące', incoming: 'przychodzące' },
  category: { voice: 'rozmowy', sms: 'SMS', data: 'dane', roaming: 'roaming' },
  yes: 'tak',
  no: 'nie',
};

const en: CallExportLabels = {
  sheetName: 'Calls',
  columns: {
    startedAt: 'Date and time',
    direction: 'Direction',
    category: 'Category',
    from: 'From',
    to: 'To',
    country: 'Country',
    duration: 'Duration',
    volume: 'Data (MB)',
    cost: 'Cost',
    currency: 'Currency',
    recorded: 'Recorded',
  },
  direction: { outgoing: 'outgoing', incoming: 'incoming' },
  category: { voice: 'calls', sms: 'SMS', data: 'data', roaming: 'roaming' },
  yes: 'yes',
  no: 'no',
};

const PL: CallExportOptions = { format: 'xlsx', locale: 'pl', labels: pl };
const EN: CallExportOptions = { format: 'xlsx', locale: 'en', labels: en };

const HEADERS_PL = ['Data i godzina', 'Kierunek', 'Kategoria', 'Z numeru', 'Na numer', 'Kraj', 'Czas trwania', 'Dane (MB)', 'Koszt', 'Nagranie'];

async function calls(contract: string, limit = 10_000): Promise<Call[]> {
  const sim = createSimulator({ seed: 1 });
  const token = sim.createSession('cus_1002').token;
  const res = await sim.handle(new Request(`http://x/v1/contracts/${contract}/calls?limit=${limit}`, { headers: { authorization: `Bearer ${token}` } }));
  assert.equal(res.status, 200);
  return ((await res.json()) as { data: Call[] }).data;
}

type Sheet = XLSX.WorkSheet;
function readXlsx(bytes: Uint8Array): { book: XLSX.WorkBook; sheet: Sheet; rows: number } {
  const book = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return { book, sheet, rows: XLSX.utils.decode_range(sheet['!ref']!).e.r + 1 };
}
const cell = (sheet: Sheet, column: string, row: number) => sheet[`${column}${row}`] as XLSX.CellObject | undefined;

/** The call's time as the user's clock shows it, from local getters. */
function localText(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** RFC 4180, read as Excel does: any line break outside quotes ends a record. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) record.push(field), (field = '');
    else if (c === '\r' || c === '\n') {
      records.push([...record, field]), (record = []), (field = '');
      if (c === '\r' && text[i + 1] === '\n') i++;
    }
    else field += c;
  }
  assert.equal(field + record.join(''), '', 'the file ends with CRLF');
  return records;
}

/** Minor units from the CSV's decimal text, exactly: `-1,29` → -129. */
const minorUnits = (text: string, point: string) => {
  assert.match(text, point === ',' ? /^-?\d+,\d\d$/ : /^-?\d+\.\d\d$/);
  return Number(text.replace(point, ''));
};

let home: Call[];
let roaming: Call[];
before(async () => {
  [home, roaming] = await Promise.all([calls('ctr_2001'), calls('ctr_2006')]);
});

describe('XLSX of a call log', () => {
  it('has one row per call under a header in Polish, in the given sheet', () => {
    const { book, sheet, rows } = readXlsx(writeXlsx(home, PL));
    assert.deepEqual(book.SheetNames, ['Połączenia']);
    assert.equal(rows, home.length + 1);
    assert.deepEqual(
      'ABCDEFGHIJ'.split('').map((column) => cell(sheet, column, 1)?.v),
      HEADERS_PL,
    );
    assert.equal(sheet['!autofilter']?.ref, `A1:J${home.length + 1}`, 'a filter over the header and all rows');
  });

  it('opens in a second, independent reader (exceljs) with the same rows and values', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(writeXlsx(home, PL)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.name, 'Połączenia');
    assert.equal(sheet.rowCount, home.length + 1);
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), HEADERS_PL);
    const last = home.at(-1)!;
    const row = sheet.getRow(home.length + 1);
    assert.equal(row.getCell(4).value, last.from);
    assert.equal(row.getCell(9).value, last.cost.amount / 100);
  });

  it('writes dates as Excel dates on the user’s clock, with a date-time format', () => {
    const { sheet } = readXlsx(writeXlsx(roaming, PL));
    // Winter and summer time both appear in a year of calls.
    const offsets = new Set(roaming.map((call) => new Date(call.startedAt).getTimezoneOffset()));
    assert.deepEqual([...offsets].sort(), [-120, -60]);
    roaming.forEach((call, i) => {
      const date = cell(sheet, 'A', i + 2)!;
      assert.equal(date.t, 'n');
      assert.equal(date.z, 'yyyy-mm-dd hh:mm:ss');
      assert.equal(date.w, localText(call.startedAt));
      // The serial number itself decodes to the same wall-clock second.
      const wallClock = new Date(Math.round(((date.v as number) - 25_569) * 86_400) * 1000);
      const local = new Date(call.startedAt);
      assert.deepEqual(
        [wallClock.getUTCFullYear(), wallClock.getUTCMonth(), wallClock.getUTCDate(), wallClock.getUTCHours(), wallClock.getUTCMinutes(), wallClock.getUTCSeconds()],
        [local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()],
      );
    });
  });

  it('writes costs as numbers in the call’s currency, whose sum is the calls’ sum to the grosz', () => {
    const { sheet } = readXlsx(writeXlsx(roaming, PL));
    let sum = 0;
    roaming.forEach((call, i) => {
      const cost = cell(sheet, 'I', i + 2)!;
      assert.equal(cost.t, 'n');
      assert.equal(cost.v, call.cost.amount / 100);
      assert.equal(cost.z, '#,##0.00" zł"');
      sum += cost.v as number;
    });
    const expected = roaming.reduce((total, call) => total + call.cost.amount, 0);
    assert.ok(expected > 0, 'the driver pays for roaming');
    assert.equal(Math.round(sum * 100), expected);
  });

  it('writes durations as times, volumes in MB, and the words of the labels', () => {
    const { sheet } = readXlsx(writeXlsx(roaming, PL));
    const seen = new Set<string>();
    roaming.forEach((call, i) => {
      const row = i + 2;
      const duration = cell(sheet, 'G', row);
      if (call.duration === null) assert.equal(duration?.v, undefined);
      else {
        assert.equal(duration!.z, '[h]:mm:ss');
        assert.equal(Math.round((duration!.v as number) * 86_400), call.duration);
      }
      const volume = cell(sheet, 'H', row);
      if (call.volume === null) assert.equal(volume?.v, undefined);
      else assert.equal((volume!.v as number) * 2 ** 20, call.volume);
      assert.equal(cell(sheet, 'B', row)!.v, pl.direction[call.direction]);
      assert.equal(cell(sheet, 'C', row)!.v, pl.category[call.category]);
      assert.equal(cell(sheet, 'D', row)!.v, call.from);
      assert.equal(cell(sheet, 'E', row)!.v, call.to);
      assert.equal(cell(sheet, 'F', row)?.v, call.country ?? undefined);
      assert.equal(cell(sheet, 'J', row)!.v, call.recording ? 'tak' : 'nie');
      if (call.country) seen.add(call.country);
    });
    assert.ok(seen.size > 3, 'calls abroad carry their country');
    const long: Call = { ...roaming[0]!, type: 'voice', duration: 3_725, volume: null };
    const data: Call = { ...roaming[0]!, type: 'data', duration: null, volume: 5 * 2 ** 20 + 2 ** 19 };
    const shown = readXlsx(writeXlsx([long, data], PL)).sheet;
    assert.equal(cell(shown, 'G', 2)!.w, '1:02:05');
    assert.equal(cell(shown, 'H', 3)!.w, '5.50');
  });

  it('keeps the header in view and bold', () => {
    const parts = unzipSync(writeXlsx(home.slice(0, 10), PL));
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    assert.match(sheetXml, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    const headerStyle = Number(/<sheetData><row r="1"><c r="A1" s="(\d+)"/.exec(sheetXml)![1]);
    const styles = strFromU8(parts['xl/styles.xml']!);
    const xf = [...styles.split('<cellXfs')[1]!.matchAll(/<xf [^>]*fontId="(\d+)"/g)][headerStyle]!;
    const font = styles.split('<fonts')[1]!.split('</fonts>')[0]!.split('<font>')[Number(xf[1]) + 1]!;
    assert.match(font, /<b\/>/);
    assert.ok(parts['[Content_Types].xml'] && parts['_rels/.rels'] && parts['xl/workbook.xml'] && parts['xl/_rels/workbook.xml.rels']);
  });

  it('formats costs the English way, and each currency with its own format', () => {
    const euro: Call = { ...roaming[0]!, cost: { amount: 123_456, currency: 'EUR' } };
    const yen: Call = { ...roaming[0]!, cost: { amount: 1500, currency: 'JPY' } };
    const { sheet } = readXlsx(writeXlsx([roaming[0]!, euro, yen], EN));
    assert.equal(cell(sheet, 'A', 1)!.v, 'Date and time');
    assert.equal(cell(sheet, 'I', 2)!.z, '"PLN "#,##0.00');
    assert.equal(cell(sheet, 'I', 3)!.v, 1234.56);
    assert.equal(cell(sheet, 'I', 3)!.z, '"€"#,##0.00');
    assert.equal(cell(sheet, 'I', 3)!.w, '€1,234.56');
    assert.equal(cell(sheet, 'I', 4)!.v, 1500);
    assert.equal(cell(sheet, 'I', 4)!.z, '"¥"#,##0');
    const polish = readXlsx(writeXlsx([euro], PL)).sheet;
    assert.equal(cell(polish, 'I', 2)!.z, '#,##0.00" €"');
  });

  it('keeps text that looks like markup, and makes a legal sheet name', () => {
    const odd: Call = { ...home[0]!, from: '<b>&"x"</b>', to: '  spaced  ' };
    const { book, sheet } = readXlsx(writeXlsx([odd], { ...PL, labels: { ...pl, sheetName: 'Połączenia: 2026/11 [wszystkie] i więcej niż 31 znaków' } }));
    assert.equal(cell(sheet, 'D', 2)!.v, '<b>&"x"</b>');
    assert.equal(cell(sheet, 'E', 2)!.v, '  spaced  ');
    assert.equal(book.SheetNames[0], 'Połączenia  2026 11  wszystkie ');
  });

  it('makes a valid file with just the header when there are no calls', () => {
    const { sheet, rows } = readXlsx(writeXlsx([], PL));
    assert.equal(rows, 1);
    assert.equal(cell(sheet, 'J', 1)!.v, 'Nagranie');
    assert.equal(sheet['!autofilter']?.ref, 'A1:J1');
  });

  it('streams pages in order, as the worker gets them', () => {
    const chunks: Uint8Array[] = [];
    let final = 0;
    const writer = createXlsxWriter(PL, (chunk, last) => (chunks.push(chunk), (final += Number(last))));
    for (let at = 0; at < home.length; at += 3000) writer.add(home.slice(at, at + 3000));
    assert.equal(writer.rows, home.length);
    writer.finish();
    assert.equal(final, 1, 'one final chunk');
    const { sheet, rows } = readXlsx(Buffer.concat(chunks));
    assert.equal(rows, home.length + 1);
    assert.equal(cell(sheet, 'A', rows)!.w, localText(home.at(-1)!.startedAt));
    assert.equal(cell(sheet, 'E', 3002)!.v, home[3000]!.to);
  });
});

describe('CSV of a call log', () => {
  it('writes times on the wall clock of the zone it is given, across its daylight-saving switches', () => {
    // Los Angeles springs forward at 10:00 UTC on 14 March 2027 and falls back at 09:00 UTC on 7 November.
    const at = ['2027-03-14T09:30:00.000Z', '2027-03-14T10:30:00.000Z', '2027-11-07T08:30:00.000Z', '2027-11-07T09:30:00.000Z'];
    const text = writeCsv(at.map((startedAt) => ({ ...home[0]!, startedAt })), { locale: 'en', labels: en, timeZone: 'America/Los_Angeles' });
    const [, ...records] = parseCsv(text.slice(1), ',');
    assert.deepEqual(records.map((record) => record[0]), ['2027-03-14 01:30:00', '2027-03-14 03:30:00', '2027-11-07 01:30:00', '2027-11-07 01:30:00']);
    const warsaw = parseCsv(writeCsv([{ ...home[0]!, startedAt: '2027-10-31T00:30:00.000Z' }, { ...home[0]!, startedAt: '2027-10-31T01:30:00.000Z' }], { locale: 'pl', labels: pl, timeZone: 'Europe/Warsaw' }).slice(1), ';');
    assert.deepEqual(warsaw.slice(1).map((record) => record[0]), ['2027-10-31 02:30:00', '2027-10-31 02:30:00']);
  });

  it('is UTF-8 with a BOM, `;` and decimal `,` in Polish, CRLF, local times, exact costs', () => {
    const text = writeCsv(roaming, { locale: 'pl', labels: pl });
    assert.ok(text.startsWith('\uFEFF'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare line breaks');
    const [header, ...records] = parseCsv(text.slice(1), ';');
    assert.deepEqual(header, [...HEADERS_PL.slice(0, 9), 'Waluta', 'Nagranie']);
    assert.equal(records.length, roaming.length);
    let sum = 0;
    records.forEach((record, i) => {
      const call = roaming[i]!;
      assert.equal(record.length, 11);
      const [startedAt, direction, category, from, to, country, duration, volume, cost, currency, recorded] = record;
      assert.equal(startedAt, localText(call.startedAt));
      assert.equal(direction, pl.direction[call.direction]);
      assert.equal(category, pl.category[call.category]);
      assert.equal(from, call.from);
      assert.equal(to, call.to);
      assert.equal(country, call.country ?? '');
      if (call.duration === null) assert.equal(duration, '');
      else {
        const [h, m, s] = duration!.split(':').map(Number) as [number, number, number];
        assert.equal(h * 3600 + m * 60 + s, call.duration);
      }
      if (call.volume === null) assert.equal(volume, '');
      else assert.equal(minorUnits(volume!, ','), Math.round((call.volume * 100) / 2 ** 20));
      assert.equal(minorUnits(cost!, ','), call.cost.amount);
      assert.equal(currency, 'PLN');
      assert.equal(recorded, call.recording ? 'tak' : 'nie');
      sum += minorUnits(cost!, ',');
    });
    assert.equal(sum, roaming.reduce((total, call) => total + call.cost.amount, 0));
  });

  it('quotes separators, quotes and line breaks, and round-trips them', () => {
    // Each value has one reason to be quoted, and all of them at once.
    const odd: Call = { ...roaming[0]!, from: 'a;b,c', to: 'say "hi"', cost: { amount: -129, currency: 'PLN' } };
    for (const [locale, separator, point] of [['pl', ';', ','], ['en', ',', '.']] as const) {
      const words = locale === 'pl' ? pl : en;
      const labels = { ...words, columns: { ...words.columns, cost: 'line\nbreak', currency: 'carriage\rreturn', recorded: 'a;b,c "d"\r\ne' } };
      const text = writeCsv([odd], { locale, labels });
      const [header, record] = parseCsv(text.slice(1), separator);
      assert.deepEqual(header!.slice(8), ['line\nbreak', 'carriage\rreturn', 'a;b,c "d"\r\ne']);
      assert.equal(record![3], 'a;b,c');
      assert.equal(record![4], 'say "hi"');
      assert.equal(record![8], `-1${point}29`);
      assert.equal(record!.length, 11);
    }
  });

  it('keeps text a spreadsheet would run as a formula as text, and numbers as they are', () => {
    const odd: Call = { ...roaming[0]!, from: '=HYPERLINK("http://x")', to: '+48601200300' };
    const [, record] = parseCsv(writeCsv([odd], { locale: 'en', labels: en }).slice(1), ',');
    assert.equal(record![3], `'=HYPERLINK("http://x")`);
    assert.equal(record![4], '+48601200300');
  });

  it('is just the header when there are no calls', () => {
    assert.equal(writeCsv([], { locale: 'en', labels: en }), '\uFEFFDate and time,Direction,Category,From,To,Country,Duration,Data (MB),Cost,Currency,Recorded\r\n');
  });
});

describe('the export chunk', () => {
  it('builds the worker’s Blob in either format', async () => {
    const xlsx = createFileWriter(PL);
    xlsx.add(home.slice(0, 500));
    xlsx.add(home.slice(500, 1000));
    const book = xlsx.finish();
    assert.equal(book.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(readXlsx(new Uint8Array(await book.arrayBuffer())).rows, 1001);

    const csv = createFileWriter({ ...EN, format: 'csv' });
    csv.add(home.slice(0, 10));
    assert.equal(csv.rows, 10);
    const file = csv.finish();
    assert.equal(file.type, 'text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM');
    assert.equal(new TextDecoder().decode(bytes).split('\r\n').length, 12);
  });

  it('imports nothing that touches the DOM or the widget’s code', () => {
    for (const name of ['call-export.ts', 'options.ts', 'xlsx-writer.ts', 'csv-writer.ts']) {
      const source = readFileSync(new URL(name, EXPORT_DIR), 'utf8');
      const imports = [...source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]);
      for (const specifier of imports) assert.ok(['fflate', '@portico/sdk/contracts', '@portico/sdk/core', './xlsx-writer.ts', './csv-writer.ts', './options.ts'].includes(specifier!), `${name} imports ${specifier}`);
      assert.doesNotMatch(source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''), /\b(document|window|customElements|localStorage)\b/, `${name} uses the DOM`);
    }
    // Loaded in Node (no Worker scope), it only defines things.
    assert.equal(typeof createCallExport, 'function');
    assert.equal((globalThis as { onmessage?: unknown }).onmessage, undefined);
  });
});
