import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '@portico/elements/extensions';
import type { PorticoExtensions } from '@portico/elements/extensions';
import type { ClientCore, RequestOptions } from '@portico/sdk/core';
import { extensionCreate, extensionDelete, extensionList, extensionUpdate, extensionUploadRecordedName } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, expectRefused, expectUnavailable, pressFromKeyboard, READ_ONLY } from './unavailable.ts';

const sim = await simulator();
const pbxOf = (customer: string) => sim.world.customers.get(customer)!.pbx!;
const rows = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-extension]')];
const row = (element: Element, number: string) => rows(element).find((r) => r.querySelector('.number')!.textContent!.trim() === number);
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const dialog = (element: Element, id = '#extension-dialog') => $(element, id) as HTMLDialogElement;

/** A WAV file of `seconds` of silence: what the PBX plays back. */
function wav(name: string, seconds = 1, type = 'audio/wav'): File {
  const rate = 8000;
  const bytes = new Uint8Array(44 + rate * seconds);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  ascii(36, 'data');
  view.setUint32(40, rate * seconds, true);
  return new File([bytes], name, { type });
}

function choose(element: Element, file: File): void {
  const input = $(element, '#extension-file') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

let asked: Asked[] = [];

async function extensions(options: { customer?: string; locale?: string; width?: number; client?: ClientCore; pageSize?: number } = {}): Promise<PorticoExtensions> {
  const client = options.client ?? clientFor(sim, options.customer ?? sim.customers.trunk);
  asked = watch(client);
  const box = await mount<HTMLElement>(
    html`<div style="width: ${options.width ?? 1300}px"><portico-extensions .client=${client} locale=${options.locale ?? 'en'} page-size=${options.pageSize ?? 50}></portico-extensions></div>`,
  );
  return box.firstElementChild as PorticoExtensions;
}

async function loaded(options: Parameters<typeof extensions>[0] = {}): Promise<PorticoExtensions> {
  const element = await extensions(options);
  await shows(element, 'tbody tr');
  return element;
}

/** Opens the editor from `button` and waits until its fields are there. */
async function openEditor(element: PorticoExtensions, button: HTMLElement): Promise<void> {
  button.click();
  await waitUntil(() => dialog(element).open, 'the editor opens');
  await shows(element, '#extension-number');
}

const save = (element: Element) => $(element, '#extension-dialog button[type=submit]').click();

describe('<portico-extensions>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then every extension of the clinic: line, pickup group, published, recorded name, hunt groups', async () => {
    sim.faults.enqueue({ latency: 300, path: '/v1/telephony/extensions' });
    const element = await extensions();
    const loading = await shows(element, '.loading[aria-busy="true"]');
    expect(loading.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    await shows(element, 'tbody tr');
    expect(rows(element).length).to.equal(40);
    expect(getComputedStyle($(element, 'table')).display, 'a table on a wide page').to.equal('table');
    expect(textOf(element, '#count')).to.equal('40 extensions');
    const reception = row(element, '100')!;
    expect(reception.querySelector('.description')!.textContent!.trim()).to.equal('Rejestracja 1');
    expect(reception.querySelector('.line')!.textContent).to.contain('+48 22 610 01 00');
    expect(reception.querySelector('.pickup')!.textContent).to.contain('Rejestracja');
    expect(reception.querySelector('.published')!.textContent).to.contain('Yes');
    expect(reception.querySelector<HTMLElement>('.recording button')!.getAttribute('aria-label')).to.equal('Play the recorded name of extension 100');
    expect(reception.querySelector('.groups')!.textContent).to.contain('500 Rejestracja');
    expect(row(element, '138')!.querySelector('.published')!.textContent).to.contain('No');
    expect(row(element, '120')!.querySelector('.groups')!.textContent).to.contain('None');
    await expect(element).to.be.accessible();
  });

  it('says when an extension is not assigned to a phone line, in both languages', async () => {
    const element = await loaded({ customer: sim.customers.prepaid });
    expect(rows(element).length).to.equal(3);
    expect(row(element, '102')!.querySelector('.line')!.textContent).to.contain('This extension is not assigned to a phone line');
    element.locale = 'pl';
    await waitUntil(() => textOf(element, '#title') === 'Numery wewnętrzne');
    expect(row(element, '102')!.querySelector('.line')!.textContent).to.contain('Ten wewnętrzny nie jest przypisany do linii telefonicznej');
    expect(textOf(element, '#count')).to.equal('3 numery wewnętrzne');
    expect(textOf(element, 'thead')).to.contain('Zarejestrowana nazwa dźwiękowa');
  });

  it('an empty PBX says so, with the add action; a customer without a PBX is told why, not shown an error', async () => {
    pbxOf(sim.customers.prepaid).extensions = [];
    const element = await extensions({ customer: sim.customers.prepaid, locale: 'pl' });
    const empty = await shows(element, '[part="empty"]');
    expect(empty.querySelector('h3')!.textContent).to.equal('Brak danych do wyświetlenia');
    expect(empty.querySelector('button')!.textContent!.trim()).to.equal('Dodaj wewnętrzny');
    await expect(element).to.be.accessible();
    const failures: Event[] = [];
    const hosting = await extensions({ customer: sim.customers.hosting });
    hosting.addEventListener('portico-error', (e) => failures.push(e));
    expect((await shows(hosting, '[part="empty"]')).innerText).to.contain('This account has no hosted PBX');
    expect(hosting.shadowRoot!.querySelector('#add')).to.equal(null);
    expect(failures, 'no failure reported').to.deep.equal([]);
  });

  it('a failed load says why, and Try again brings the list with focus on the title', async () => {
    sim.faults.enqueue({ status: 503, path: '/v1/telephony/extensions' });
    const element = await extensions();
    const alert = await shows(element, '[part="error"]');
    expect(alert.innerText).to.contain('Something went wrong on our side.');
    await expect(element).to.be.accessible();
    $(element, 'button[part~="retry"]').click();
    await shows(element, 'tbody tr');
    await focusOn(element, $(element, '#title'), 'focus waits on the title');
  });

  it('searches by number or description, and says when nothing matches', async () => {
    const element = await loaded();
    const search = $(element, '#search');
    type(search, 'ksiegowosc');
    await waitUntil(() => rows(element).length === 1, 'one match');
    expect(row(element, '108')!.innerText).to.contain('Księgowość');
    expect(element.query).to.equal('ksiegowosc');
    type(search, '13');
    search.closest('form')!.requestSubmit();
    await waitUntil(() => rows(element).length === 12, '113, 122 (Gabinet 13) and 130–139');
    type(search, 'nikt');
    search.closest('form')!.requestSubmit();
    const empty = await shows(element, '[part="empty"]');
    expect(empty.innerText).to.contain('No extension has “nikt” in its number or description.');
    empty.querySelector('button')!.click();
    await waitUntil(() => rows(element).length === 40, 'all again');
    await focusOn(element, search, 'back in the search field');
  });

  it('loads a page of extensions at a time; Show more brings the rest, and the keyboard goes on there', async () => {
    const element = await loaded({ pageSize: 25 });
    expect(rows(element).length).to.equal(25);
    expect(textOf(element, '#count')).to.equal('40 extensions');
    $(element, '.more').click();
    await waitUntil(() => rows(element).length === 40, 'all 40');
    await focusOn(element, row(element, '125')!.querySelector('[data-edit]'));
    expect(element.shadowRoot!.querySelector('.more')).to.equal(null);
  });

  it('adds an extension: its number is checked against the PBX’s length before anything is sent', async () => {
    const element = await loaded();
    const saved = oneEvent(element, 'portico-extension-saved');
    await openEditor(element, $(element, '#add'));
    expect(textOf(element, '#extension-number-hint')).to.equal('3 digits');
    await expect(element).to.be.accessible();
    type($(element, '#extension-number'), '14');
    type($(element, '#extension-description'), 'Gabinet 21');
    save(element);
    await shows(element, '#extension-number-error');
    expect(textOf(element, '#extension-number-error')).to.equal('Enter 3 digits, such as 100.');
    await focusOn(element, $(element, '#extension-number'));
    expect(operations(asked, extensionCreate.id), 'nothing sent').to.deep.equal([]);
    type($(element, '#extension-number'), '140');
    const line = $(element, '#extension-line') as HTMLSelectElement;
    line.value = 'ln_trunk_4';
    line.dispatchEvent(new Event('change'));
    const pickup = $(element, '#extension-pickup') as HTMLSelectElement;
    pickup.value = 'Gabinety';
    pickup.dispatchEvent(new Event('change'));
    $(element, '#extension-published').click();
    save(element);
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    expect(detail.extension).to.include({ number: '140', description: 'Gabinet 21', pickupGroup: 'Gabinety', published: false });
    expect(detail.extension.line?.id).to.equal('ln_trunk_4');
    await waitUntil(() => !dialog(element).open, 'the editor closes');
    await waitUntil(() => row(element, '140') !== undefined, 'the new row');
    expect(live(element)).to.equal('Extension 140 added.');
    await focusOn(element, $(element, '#add'));
    expect(pbxOf(sim.customers.trunk).extensions.filter((e) => e.number === '140').length).to.equal(1);
  });

  for (const [locale, said] of [
    ['en', ['500 is already hunt group 500 (Rejestracja).']],
    ['pl', ['500 to już grupa poszukiwawcza 500 (Rejestracja).']],
  ] as const) {
    it(`a number the dial plan refuses is said at the number, each conflict in words (${locale}); what was typed stays`, async () => {
      const element = await loaded({ locale });
      await openEditor(element, $(element, '#add'));
      type($(element, '#extension-number'), '500');
      type($(element, '#extension-description'), 'Nowa rejestracja');
      save(element);
      const error = await shows(element, '#extension-number-error li');
      expect([...error.parentElement!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(said);
      expect($(element, '#extension-number').getAttribute('aria-describedby')).to.equal('extension-number-hint extension-number-error');
      expect($(element, '#extension-number').getAttribute('aria-invalid')).to.equal('true');
      await focusOn(element, $(element, '#extension-number'));
      expect(($(element, '#extension-description') as HTMLInputElement).value).to.equal('Nowa rejestracja');
      expect(($(element, '#extension-number') as HTMLInputElement).value).to.equal('500');
      await expect(element).to.be.accessible();
    });
  }

  it('a number that begins another is refused with what it would collide with', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#extension-number'), '700');
    save(element);
    const error = await shows(element, '#extension-number-error li');
    expect(error.textContent).to.contain('abbreviated number 70 (Pogotowie ratunkowe)');
  });

  it('an add whose answer was lost is sent again as the same add: one extension, one key', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#extension-number'), '141');
    type($(element, '#extension-description'), 'Gabinet 22');
    sim.faults.enqueue({ loseResponse: true, path: '/v1/telephony/extensions', method: 'POST' });
    save(element);
    const error = await shows(element, '#extension-error');
    expect(error.textContent).to.contain('The extension was not saved.');
    await focusOn(element, error);
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(pbxOf(sim.customers.trunk).extensions.filter((e) => e.number === '141').length).to.equal(1);
    const keys = sim.log.filter((e) => e.path === '/v1/telephony/extensions' && e.method === 'POST').map((e) => e.idempotencyKey);
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('an edit is saved against the version shown: a change made meanwhile is loaded, the typing kept, and saved on the next try', async () => {
    const element = await loaded();
    await openEditor(element, row(element, '107')!.querySelector<HTMLElement>('[data-edit]')!);
    expect(textOf(element, '#extension-title')).to.equal('Edit extension 107');
    expect(($(element, '#extension-description') as HTMLInputElement).value).to.equal('Kadry');
    type($(element, '#extension-description'), 'Kadry i płace');
    // Someone else changes the extension meanwhile.
    const record = pbxOf(sim.customers.trunk).extensions.find((e) => e.number === '107')!;
    record.published = false;
    record.version++;
    save(element);
    const message = await shows(element, '#extension-message');
    expect(message.textContent).to.contain('Someone changed this extension while you were editing.');
    await focusOn(element, message);
    expect(($(element, '#extension-description') as HTMLInputElement).value).to.equal('Kadry i płace');
    expect(requestsTo(sim, `/v1/telephony/extensions/${record.id}`)).to.include('PUT 412');
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(record.description).to.equal('Kadry i płace');
    expect(row(element, '107')!.querySelector('.description')!.textContent!.trim()).to.equal('Kadry i płace');
    expect(live(element)).to.equal('Extension 107 saved.');
    await focusOn(element, row(element, '107')!.querySelector('[data-edit]'));
  });

  it('a new number takes its place in the list, and the hunt groups keep the extension', async () => {
    const element = await loaded();
    await openEditor(element, row(element, '101')!.querySelector<HTMLElement>('[data-edit]')!);
    type($(element, '#extension-number'), '199');
    save(element);
    await waitUntil(() => rows(element).at(-1)?.querySelector('.number')!.textContent!.trim() === '199', 'last, by its number');
    expect(row(element, '101')).to.equal(undefined);
    expect(row(element, '199')!.querySelector('.groups')!.textContent).to.contain('500 Rejestracja');
    await focusOn(element, row(element, '199')!.querySelector('[data-edit]'));
  });

  it('refuses a recorded name of the wrong type or size before any request, in the person’s language', async () => {
    const element = await loaded({ locale: 'pl' });
    await openEditor(element, row(element, '120')!.querySelector<HTMLElement>('[data-edit]')!);
    choose(element, new File(['tekst'], 'nazwa.txt', { type: 'text/plain' }));
    await element.updateComplete;
    expect(textOf(element, '#extension-file-error')).to.equal('Wybierz plik WAV, MP3 lub Ogg.');
    expect($(element, '#extension-file').getAttribute('aria-invalid')).to.equal('true');
    choose(element, wav('za-dluga.wav', 300));
    await element.updateComplete;
    expect(textOf(element, '#extension-file-error')).to.equal('Ten plik jest większy niż 2 MB. Wybierz mniejszy.');
    save(element);
    await focusOn(element, $(element, '#extension-file'));
    await answered(asked);
    expect(operations(asked, extensionUploadRecordedName.id, extensionUpdate.id)).to.deep.equal([]);
    expect(requestsTo(sim, '/v1/telephony/extensions/ext_trunk_120')).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('uploads a recorded name with its progress, then it plays from the list', async () => {
    const client = clientFor(sim, sim.customers.trunk);
    // The upload is held half way, as a slow network holds it, until the test lets it go.
    let release!: () => void;
    const request = client.request.bind(client);
    client.request = ((operation, input, options?: RequestOptions) => {
      if (operation.id !== extensionUploadRecordedName.id) return request(operation, input, options);
      options?.onUploadProgress?.({ loaded: 4000, total: 8044 });
      return new Promise<void>((resolve) => (release = resolve)).then(() => request(operation, input, options));
    }) as ClientCore['request'];
    const element = await loaded({ client });
    const saved = oneEvent(element, 'portico-extension-saved');
    await openEditor(element, row(element, '120')!.querySelector<HTMLElement>('[data-edit]')!);
    expect(textOf(element, '.recorded-name')).to.contain('No recorded name yet.');
    choose(element, wav('gabinet-11.wav'));
    await element.updateComplete;
    expect(textOf(element, '.recorded-name')).to.contain('Chosen: gabinet-11.wav');
    save(element);
    const progress = await shows(element, '.progress progress');
    expect(textOf(element, '.progress')).to.equal('Uploading gabinet-11.wav… 50%');
    expect(progress.getAttribute('value')).to.equal('4000');
    release();
    const { detail } = await saved;
    expect(detail.extension.recordedName?.fileName).to.equal('gabinet-11.wav');
    await waitUntil(() => !dialog(element).open, 'the editor closes');
    expect(live(element)).to.equal('Extension 120 saved, with its recorded name.');
    const play = row(element, '120')!.querySelector<HTMLElement>('[data-play]')!;
    play.click();
    const audio = (await shows(element, '.player audio')) as HTMLAudioElement;
    expect(audio.src).to.match(/^http/);
    expect(play.getAttribute('aria-pressed')).to.equal('true');
    $(element, '.player button').click();
    await focusOn(element, row(element, '120')!.querySelector('[data-play]'));
  });

  it('a recorded name that fails to upload after the add: the extension is kept, and saving again uploads it alone', async () => {
    const element = await loaded();
    await openEditor(element, $(element, '#add'));
    type($(element, '#extension-number'), '142');
    type($(element, '#extension-description'), 'Gabinet 23');
    choose(element, wav('gabinet-23.wav'));
    sim.faults.enqueue({ status: 503, path: '/recorded-name' });
    const failed = oneEvent(element, 'portico-error');
    save(element);
    expect((await failed).detail.action).to.equal('upload');
    const error = await shows(element, '#extension-file-error');
    expect(error.textContent).to.contain('The recorded name was not uploaded.');
    await focusOn(element, error);
    expect(textOf(element, '#extension-title')).to.equal('Add an extension');
    await waitUntil(() => row(element, '142') !== undefined, 'the extension is there already');
    save(element);
    await waitUntil(() => !dialog(element).open, 'saved');
    expect(live(element)).to.equal('Extension 142 saved, with its recorded name.');
    expect(operations(asked, extensionCreate.id, extensionUpdate.id, extensionUploadRecordedName.id)).to.deep.equal([extensionCreate.id, extensionUploadRecordedName.id, extensionUploadRecordedName.id]);
    expect(pbxOf(sim.customers.trunk).extensions.find((e) => e.number === '142')!.recordedName?.fileName).to.equal('gabinet-23.wav');
  });

  it('deletes an extension after confirmation; one in hunt groups is named as leaving them', async () => {
    const element = await loaded();
    const deleted = oneEvent(element, 'portico-extension-deleted');
    row(element, '100')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    expect(textOf(element, '#delete-dialog')).to.contain('It is a member of the hunt group 500 Rejestracja, and will leave it.');
    await expect(element).to.be.accessible();
    $(element, '#delete-dialog button[type=submit]').click();
    const { detail } = await deleted;
    expect(detail).to.deep.equal({ id: 'ext_trunk_100', number: '100', leftHuntGroups: ['hg_trunk_500'] });
    await waitUntil(() => row(element, '100') === undefined, 'the row goes');
    expect(textOf(element, '#count')).to.equal('39 extensions');
    expect(live(element)).to.equal('Extension 100 deleted.');
    await focusOn(element, $(element, '#title'));
    expect(pbxOf(sim.customers.trunk).huntGroups.find((g) => g.number === '500')!.memberIds).to.not.include('ext_trunk_100');
    expect(requestsTo(sim, '/v1/telephony/extensions/ext_trunk_100')).to.deep.equal(['DELETE 200']);
  });

  it('an extension a hunt group took in meanwhile: the refusal is said, with the group, and the person asked again', async () => {
    const element = await loaded({ locale: 'pl' });
    row(element, '120')!.querySelector<HTMLElement>('[data-delete]')!.click();
    await waitUntil(() => dialog(element, '#delete-dialog').open, 'the confirmation opens');
    expect(textOf(element, '#delete-dialog')).to.not.contain('grup');
    pbxOf(sim.customers.trunk).huntGroups.find((g) => g.number === '501')!.memberIds.push('ext_trunk_120');
    $(element, '#delete-dialog button[type=submit]').click();
    const message = await shows(element, '#delete-message');
    expect(message.textContent).to.contain('W międzyczasie ten numer dodano do grupy poszukiwawczej.');
    expect(textOf(element, '#delete-dialog')).to.contain('Należy do grupy poszukiwawczej 501 Laboratorium i zostanie z niej usunięty.');
    await focusOn(element, message);
    expect(row(element, '120')!.querySelector('.groups')!.textContent).to.contain('501 Laboratorium');
    $(element, '#delete-dialog button[type=submit]').click();
    await waitUntil(() => row(element, '120') === undefined, 'deleted');
    expect(requestsTo(sim, '/v1/telephony/extensions/ext_trunk_120').filter((r) => r.startsWith('DELETE'))).to.deep.equal(['DELETE 409', 'DELETE 200']);
  });

  it('works from the keyboard alone: add, fill in, save; Escape cancels and focus returns', async () => {
    const element = await loaded({ customer: sim.customers.prepaid });
    $(element, '#add').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the editor opens');
    await shows(element, '#extension-number');
    await focusOn(element, $(element, '#extension-number'), 'the first field');
    await sendKeys({ type: '103' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Magazyn' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(element).open, 'saved with Enter');
    await waitUntil(() => row(element, '103') !== undefined, 'the new row');
    await focusOn(element, $(element, '#add'));
    row(element, '103')!.querySelector<HTMLElement>('[data-edit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(element).open, 'the editor opens');
    await shows(element, '#extension-number');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open, 'closed');
    await focusOn(element, row(element, '103')!.querySelector('[data-edit]'));
    expect(operations(asked, extensionCreate.id, extensionUpdate.id, extensionDelete.id)).to.deep.equal([extensionCreate.id]);
  });

  it('at 750 px each extension is a dense card: number and description on one line, the details side by side in columns', async () => {
    const element = await loaded({ width: 750 });
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
    const card = row(element, '100')!;
    const rect = (selector: string) => card.querySelector(selector)!.getBoundingClientRect();
    // The number is shown before the description, on the card's first line; its cell is there for a screen reader.
    expect(getComputedStyle(card.querySelector('.description')!, '::before').content).to.contain('100');
    expect(card.querySelector('.number')!.textContent!.trim()).to.equal('100');
    // Three details to a line, their names over their values, the values level.
    const values = ['.line', '.pickup', '.published', '.recording', '.groups'].map((cell) => rect(`${cell} .cell-value`));
    expect(new Set(values.slice(0, 3).map((v) => Math.round(v.top))).size, 'phone line, pickup group and published side by side').to.equal(1);
    expect(values[0]!.left).to.be.below(values[1]!.left);
    expect(values[1]!.left).to.be.below(values[2]!.left);
    expect(Math.round(values[3]!.top)).to.equal(Math.round(values[4]!.top));
    expect(values[3]!.top).to.be.above(values[0]!.bottom);
    // The buttons in the last column of the last line.
    expect(rect('.actions').right).to.be.closeTo(values[2]!.right, 1);
    expect(rect('.actions').top).to.be.above(values[0]!.bottom);
    await expect(element).to.be.accessible();
  });

  it('at 360 px each extension is a card, with no horizontal scroll', async () => {
    // A phone's screen: the dialogs size themselves by the viewport, the lists by the widget's box.
    const before = { width: innerWidth, height: innerHeight };
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await loaded({ width: 360 });
      const box = $(element, '[part~="base"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      expect(getComputedStyle($(element, 'thead')).position).to.equal('absolute');
      expect(getComputedStyle(row(element, '100')!.querySelector('.cell-label')!).display).to.equal('block');
      row(element, '100')!.querySelector<HTMLElement>('[data-play]')!.click();
      await shows(element, '.player audio');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      await openEditor(element, row(element, '100')!.querySelector<HTMLElement>('[data-edit]')!);
      const form = $(element, '#extension-dialog form');
      expect(form.scrollWidth).to.be.at.most(form.clientWidth);
      await expect(element).to.be.accessible();
      const opened = $(element, '#extension-dialog');
      expect(opened.getBoundingClientRect().width).to.be.at.most(360);
    } finally {
      await setViewport(before);
    }
  });

  describe('for a portal user', () => {
    it('a user with "telephony" and full access adds an extension: nothing is said unavailable', async () => {
      const element = await loaded({ client: asUser(sim, sim.customers.trunk, 'usr_1005_reception') });
      await answered(asked);
      expectAvailable(element, $(element, '#add'));
      expectAvailable(element, row(element, '100')!.querySelector<HTMLElement>('[data-delete]')!);
      await openEditor(element, $(element, '#add'));
      type($(element, '#extension-number'), '140');
      save(element);
      await waitUntil(() => row(element, '140') !== undefined, 'the new row');
      expect(requestsTo(sim, '/v1/telephony/extensions').filter((r) => r.startsWith('POST'))).to.deep.equal(['POST 201']);
      await expect(element).to.be.accessible();
    });

    it('a read-only user sees the extensions and plays a recorded name; adding, editing and deleting are unavailable, said once, and the keyboard sends nothing', async () => {
      const element = await loaded({ client: asUser(sim, sim.customers.trunk, 'usr_1005_quality') });
      const note = await shows(element, '#actions-unavailable');
      expect(note.textContent!.trim()).to.equal(READ_ONLY.en);
      expect(element.shadowRoot!.querySelectorAll('[part~="unavailable"]').length, 'said once').to.equal(1);
      expect(rows(element).length).to.equal(40);
      expectUnavailable(element, $(element, '#add'), READ_ONLY.en);
      expectAllUnavailable(element, '[data-edit], [data-delete]', READ_ONLY.en);
      await pressFromKeyboard($(element, '#add'));
      await pressFromKeyboard(row(element, '103')!.querySelector<HTMLElement>('[data-edit]')!);
      await pressFromKeyboard(row(element, '103')!.querySelector<HTMLElement>('[data-delete]')!);
      expect(dialog(element).open, 'no editor').to.equal(false);
      expect(dialog(element, '#delete-dialog').open, 'no confirmation').to.equal(false);
      // What only reads stays: the recorded name plays.
      row(element, '100')!.querySelector<HTMLElement>('[data-play]')!.click();
      await shows(element, '.player audio');
      await answered(asked);
      expect(operations(asked, extensionCreate.id, extensionUpdate.id, extensionDelete.id, extensionUploadRecordedName.id)).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('a read-only user’s empty PBX offers no add that would fail, in Polish', async () => {
      pbxOf(sim.customers.trunk).extensions = [];
      const element = await extensions({ client: asUser(sim, sim.customers.trunk, 'usr_1005_quality'), locale: 'pl' });
      const empty = await shows(element, '[part="empty"]');
      await shows(element, '#actions-unavailable');
      expectUnavailable(element, empty.querySelector('button')!, READ_ONLY.pl);
      await expect(element).to.be.accessible();
    });

    it('a user without "telephony": not available, with no add button, search or count', async () => {
      const element = await extensions({ client: asUser(sim, sim.customers.prepaid, 'usr_1001_accounts'), locale: 'pl' });
      await expectRefused(element, 'pl', 'Telefonia', ['#add', '#search', '#count', '[part~="unavailable"]']);
    });
  });
});
