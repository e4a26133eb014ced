import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@portico/elements/music-on-hold';
import type { PorticoMusicOnHold } from '@portico/elements/music-on-hold';
import { musicTrackCreate, musicTrackDelete, musicTrackUpdate } from '@portico/sdk/telephony';
import { $, clientFor, focusOn, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, operations, watch, type Asked } from './signals.ts';
import { asUser, expectAllUnavailable, expectAvailable, expectRefused, NOT_ALLOWED_TITLE, pressFromKeyboard, READ_ONLY } from './unavailable.ts';

const sim = await simulator();
const MUSIC = '/v1/telephony/music-on-hold';

const pbxOf = (customer: string) => sim.world.customers.get(customer)!.pbx!;
const items = (element: Element) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('.track')];
const item = (element: Element, description: string) => items(element).find((li) => li.querySelector('.description')?.textContent === description)!;
const button = (root: Element, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label)!;
const live = (element: Element) => textOf(element, '[role="status"][aria-live]');
const creates = () => requestsTo(sim, MUSIC).filter((r) => r.startsWith('POST'));

/** A short WAV file: a header and `seconds` of 8 kHz 8-bit silence. */
function wav(name: string, seconds = 1, type = 'audio/wav'): File {
  const length = 8000 * seconds;
  const bytes = new Uint8Array(44 + length).fill(128);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + length, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, 8000, true);
  view.setUint32(28, 8000, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, length, true);
  return new File([bytes], name, { type });
}

/** Chooses a file in the file field, as the picker does. */
function choose(element: Element, file: File): void {
  const input = $(element, '#music-file') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

let asked: Asked[] = [];

async function music(customer: string = sim.customers.trunk, locale = 'en', width = 900, client = clientFor(sim, customer)): Promise<PorticoMusicOnHold> {
  asked = watch(client);
  const element = await mount<HTMLElement>(html`<div style="width: ${width}px"><portico-music-on-hold .client=${client} locale=${locale}></portico-music-on-hold></div>`).then(
    (box) => box.firstElementChild as PorticoMusicOnHold,
  );
  await waitUntil(() => element.shadowRoot!.querySelector('.track, [part~="empty"], [part~="error"]'), 'the music never loaded', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

describe('<portico-music-on-hold>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  it('shows a skeleton while loading, then each track: description, file, length, and which one callers hear', async () => {
    sim.faults.enqueue({ latency: 400, path: MUSIC });
    const element = await mount<PorticoMusicOnHold>(html`<portico-music-on-hold .client=${clientFor(sim, sim.customers.trunk)} locale="en"></portico-music-on-hold>`);
    await shows(element, '.loading[aria-busy="true"]');
    await shows(element, '.track');
    expect(textOf(element, '#title')).to.equal('Music on hold');
    expect(textOf(element, 'header')).to.contain('3 tracks of 20');
    expect(items(element).map((li) => li.querySelector('.description')!.textContent)).to.deep.equal(['Spokojna melodia — poczekalnia', 'Walc na powitanie', 'No Frills Cumbia (c) 2001 Kevin MacLeod. Latin']);
    const active = item(element, 'Spokojna melodia — poczekalnia');
    expect(active.querySelector('.badge')!.textContent!.trim()).to.equal('Callers hear this');
    expect(active.querySelector('.meta')!.textContent).to.match(/^spokojna-melodia\.wav · 0:06 · \d+ kB$/);
    expect(button(active, 'Make active'), 'the one heard is not offered again').to.equal(undefined);
    expect(item(element, 'Walc na powitanie').querySelector('.badge')).to.equal(null);
    expect(button(item(element, 'Walc na powitanie'), 'Play').getAttribute('aria-label')).to.equal('Play: Walc na powitanie');
    // The limit is said before anything is tried.
    expect(textOf(element, '#upload-hint')).to.equal('WAV, MP3, Ogg, up to 10 MB a file. 3 tracks of 20.');
    await expect(element).to.be.accessible();
  });

  it('speaks Polish', async () => {
    const element = await music(sim.customers.prepaid, 'pl');
    expect(textOf(element, '#title')).to.equal('Muzyka podczas zawieszania połączeń');
    expect(textOf(element, 'header')).to.contain('1 utwór z 20');
    const only = items(element)[0]!;
    expect(only.querySelector('.badge')!.textContent!.trim()).to.equal('Słyszą go dzwoniący');
    expect(button(only, 'Odtwórz')).to.exist;
    expect(textOf(element, '#upload-title')).to.equal('Załaduj muzykę');
    expect(textOf(element, '#upload-hint')).to.equal('WAV, MP3, Ogg, do 10 MB na plik. 1 utwór z 20.');
    await expect(element).to.be.accessible();
  });

  it('says when there is no music yet (and offers the upload), and when there is no PBX', async () => {
    pbxOf(sim.customers.prepaid).music = [];
    const empty = await music(sim.customers.prepaid);
    expect(textOf(empty, '[part~="empty"]')).to.contain('No music yet');
    expect(empty.shadowRoot!.querySelector('#music-file')).to.exist;
    await expect(empty).to.be.accessible();
    const failures: Event[] = [];
    const listening = new AbortController();
    document.addEventListener('portico-error', (e) => failures.push(e), { signal: listening.signal });
    const none = await music(sim.customers.hosting);
    expect(textOf(none, '[part~="empty"]')).to.contain('No hosted PBX');
    listening.abort();
    expect(failures, 'no PBX is a state, not a failure').to.have.length(0);
    expect(none.shadowRoot!.querySelector('#music-file')).to.equal(null);
  });

  it('says why the tracks could not be loaded, and tries again', async () => {
    sim.faults.persist({ status: 503, path: MUSIC });
    const element = await mount<PorticoMusicOnHold>(html`<portico-music-on-hold .client=${clientFor(sim, sim.customers.trunk)} locale="en"></portico-music-on-hold>`);
    const failed = await oneEvent(element, 'portico-error');
    expect(failed.detail.action).to.equal('load');
    await shows(element, '[part~="error"]');
    await expect(element).to.be.accessible();
    sim.faults.clear();
    $(element, '[part~="error"] button').click();
    await shows(element, '.track');
  });

  it('plays a track in the page: its <audio> gets a link that answers audio', async () => {
    const element = await music();
    const walc = item(element, 'Walc na powitanie');
    const play = button(walc, 'Play');
    play.focus();
    await sendKeys({ press: 'Enter' });
    const audio = (await shows(element, `#${play.getAttribute('aria-controls')} audio`)) as HTMLAudioElement;
    expect(play.getAttribute('aria-expanded')).to.equal('true');
    expect(audio.controls).to.equal(true);
    const answer = await fetch(audio.src);
    expect(answer.headers.get('content-type')).to.equal('audio/wav');
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect(String.fromCharCode(...bytes.subarray(0, 4))).to.equal('RIFF');
    expect(textOf(element, `#${play.getAttribute('aria-controls')}`)).to.contain('Playing: Walc na powitanie');
    await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !element.shadowRoot!.querySelector(`#${play.getAttribute('aria-controls')} audio`), 'the player closes');
  });

  it('says when a track cannot be played', async () => {
    const element = await music();
    sim.faults.persist({ status: 503, path: '/audio' });
    button(item(element, 'Walc na powitanie'), 'Play').click();
    const failed = await shows(element, '.player [role="alert"]');
    expect(failed.innerText).to.contain('The track could not be played.');
  });

  it('makes another track the one callers hear', async () => {
    const element = await music();
    const saved = oneEvent(element, 'portico-music-track-saved');
    button(item(element, 'Walc na powitanie'), 'Make active').click();
    const { detail } = await saved;
    expect(detail.track.active).to.equal(true);
    await waitUntil(() => item(element, 'Walc na powitanie').querySelector('.badge'), 'the badge moves');
    await waitUntil(() => !item(element, 'Spokojna melodia — poczekalnia').querySelector('.badge'), 'from the last one');
    expect(pbxOf(sim.customers.trunk).music.find((t) => t.active)!.id).to.equal('moh_trunk_2');
    expect(live(element)).to.equal('Callers on hold now hear “Walc na powitanie”.');
    await focusOn(element, button(item(element, 'Walc na powitanie'), 'Play'), 'focus stays on the track');
  });

  it('refuses to delete the track callers hear while others exist, as the API does, and says why', async () => {
    const element = await music();
    const active = item(element, 'Spokojna melodia — poczekalnia');
    button(active, 'Delete').click();
    const question = await shows(element, '[id$="-confirm"]');
    expect(question.innerText).to.contain('Delete “Spokojna melodia — poczekalnia”? It cannot be brought back. Callers hear this track now.');
    await focusOn(element, question, 'focus on the question');
    await expect(element).to.be.accessible();
    $(element, '[id$="-confirm-delete"]').click();
    const refusal = await shows(element, '[id$="-failure"]');
    expect(refusal.innerText).to.equal('Callers hear this track, so it cannot be deleted while there are others. Make another track active first, then delete this one.');
    await focusOn(element, refusal, 'focus on why');
    expect(requestsTo(sim, `${MUSIC}/moh_trunk_3`)).to.deep.equal(['DELETE 409']);
    expect(pbxOf(sim.customers.trunk).music).to.have.length(3);
  });

  it('deletes a track after confirming, and focus goes on to the next one', async () => {
    const element = await music();
    const deleted = oneEvent(element, 'portico-music-track-deleted');
    button(item(element, 'Walc na powitanie'), 'Delete').click();
    await shows(element, '[id$="-confirm"]');
    // Cancel first: nothing is sent, and focus returns to Delete.
    button(item(element, 'Walc na powitanie'), 'Cancel').click();
    await focusOn(element, button(item(element, 'Walc na powitanie'), 'Delete'), 'focus back on Delete');
    expect(requestsTo(sim, `${MUSIC}/moh_trunk_2`)).to.deep.equal([]);
    button(item(element, 'Walc na powitanie'), 'Delete').click();
    await shows(element, '[id$="-confirm-delete"]');
    $(element, '[id$="-confirm-delete"]').click();
    expect((await deleted).detail.id).to.equal('moh_trunk_2');
    await waitUntil(() => items(element).length === 2, 'the track goes');
    expect(live(element)).to.equal('“Walc na powitanie” deleted.');
    await focusOn(element, button(item(element, 'No Frills Cumbia (c) 2001 Kevin MacLeod. Latin'), 'Play'), 'focus on the next track');
    expect(textOf(element, 'header')).to.contain('2 tracks of 20');
  });

  it('edits a description, refusing an empty one at its field', async () => {
    const element = await music();
    button(item(element, 'Walc na powitanie'), 'Edit description').click();
    const field = (await shows(element, '[id$="-description"]')) as HTMLInputElement;
    await focusOn(element, field, 'focus in the field');
    expect(field.value).to.equal('Walc na powitanie');
    type(field, '   ');
    field.form!.requestSubmit();
    await element.updateComplete;
    const error = await shows(element, '[id$="-description-error"]');
    expect(error.innerText).to.equal('Describe the music, e.g. its title and author.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(requestsTo(sim, `${MUSIC}/moh_trunk_2`)).to.deep.equal([]);
    type(field, 'Walc na dzień dobry');
    field.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => item(element, 'Walc na dzień dobry'), 'saved');
    expect(pbxOf(sim.customers.trunk).music.find((t) => t.id === 'moh_trunk_2')!.description).to.equal('Walc na dzień dobry');
    expect(live(element)).to.equal('Description saved: “Walc na dzień dobry”.');
    await focusOn(element, button(item(element, 'Walc na dzień dobry'), 'Edit description'), 'focus back on Edit');
  });

  it('checks the file and the description before any request: type, size, missing', async () => {
    const element = await music();
    const upload = $(element, '.upload-form button[type="submit"]');
    upload.click();
    await element.updateComplete;
    expect(textOf(element, '#music-file-error')).to.equal('Choose a music file.');
    expect(textOf(element, '#music-description-error')).to.equal('Describe the music, e.g. its title and author.');
    await focusOn(element, $(element, '#music-file'), 'focus on the file');
    choose(element, new File(['not music'], 'notes.txt', { type: 'text/plain' }));
    await element.updateComplete;
    expect(textOf(element, '#music-file-error')).to.equal('This file is not music the PBX can play. Choose a WAV, MP3, Ogg file.');
    expect($(element, '#music-file').getAttribute('aria-invalid')).to.equal('true');
    choose(element, new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'long.wav', { type: 'audio/wav' }));
    await element.updateComplete;
    expect(textOf(element, '#music-file-error')).to.equal('This file is larger than 10 MB. Choose a smaller one.');
    upload.click();
    await element.updateComplete;
    expect(operations(asked, musicTrackCreate.id), 'nothing sent').to.deep.equal([]);
    await answered(asked);
    expect(creates()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says the same in Polish', async () => {
    const element = await music(sim.customers.trunk, 'pl');
    choose(element, new File(['x'], 'notes.txt', { type: 'text/plain' }));
    await element.updateComplete;
    expect(textOf(element, '#music-file-error')).to.equal('Centrala nie odtworzy tego pliku. Wybierz plik WAV, MP3, Ogg.');
    $(element, '.upload-form button[type="submit"]').click();
    await element.updateComplete;
    expect(textOf(element, '#music-description-error')).to.equal('Opisz muzykę, np. podaj tytuł i wykonawcę.');
  });

  it('uploads a track with its progress shown, and lists it first', async () => {
    const element = await music();
    const saved = oneEvent(element, 'portico-music-track-saved');
    choose(element, wav('fanfara.wav', 2));
    type($(element, '#music-description'), 'Fanfara na otwarcie');
    sim.faults.enqueue({ latency: 400, path: MUSIC, method: 'POST' });
    $(element, '.upload-form button[type="submit"]').click();
    const bar = await shows(element, '.progress progress');
    expect(textOf(element, '#upload-progress')).to.match(/^Uploading… \d+%$/);
    expect(bar.getAttribute('aria-labelledby')).to.equal('upload-progress');
    const { detail } = await saved;
    expect(detail.created).to.equal(true);
    await waitUntil(() => items(element)[0]?.querySelector('.description')?.textContent === 'Fanfara na otwarcie', 'listed first');
    expect(items(element)[0]!.querySelector('.meta')!.textContent).to.match(/^fanfara\.wav · 0:02 · 16 kB$/);
    expect(textOf(element, '#upload-result')).to.equal('“Fanfara na otwarcie” uploaded. Make it active to play it to callers on hold.');
    await focusOn(element, $(element, '#upload-result'), 'focus on the result');
    expect(($(element, '#music-description') as HTMLInputElement).value).to.equal('');
    expect(pbxOf(sim.customers.trunk).music).to.have.length(4);
    expect(textOf(element, 'header')).to.contain('4 tracks of 20');
    expect(sim.log.find((e) => e.method === 'POST' && e.path === MUSIC)!.idempotencyKey).to.be.a('string');
  });

  it('a failed upload keeps what was typed and chosen; trying again is the same upload, never two tracks', async () => {
    const element = await music();
    choose(element, wav('dzwonki.wav'));
    type($(element, '#music-description'), 'Dzwonki');
    sim.faults.enqueue({ loseResponse: true, path: MUSIC, method: 'POST' });
    const failure = oneEvent(element, 'portico-error');
    $(element, '.upload-form button[type="submit"]').click();
    expect((await failure).detail.action).to.equal('upload');
    const error = await shows(element, '#upload-error');
    expect(error.innerText).to.contain('The file was not uploaded.');
    await focusOn(element, error, 'focus on why');
    expect(($(element, '#music-description') as HTMLInputElement).value).to.equal('Dzwonki');
    expect(($(element, '#music-file') as HTMLInputElement).files![0]!.name).to.equal('dzwonki.wav');
    $(element, '.upload-form button[type="submit"]').click();
    await waitUntil(() => item(element, 'Dzwonki'), 'uploaded on the retry');
    expect(items(element).filter((li) => li.querySelector('.description')!.textContent === 'Dzwonki')).to.have.length(1);
    expect(pbxOf(sim.customers.trunk).music.filter((t) => t.description === 'Dzwonki')).to.have.length(1);
    const keys = sim.log.filter((e) => e.method === 'POST' && e.path === MUSIC).map((e) => e.idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('says the API’s refusal of a file that is not audio at the file field', async () => {
    const element = await music();
    choose(element, new File(['this is text, named as music'], 'fake.wav', { type: 'audio/wav' }));
    type($(element, '#music-description'), 'Udawana muzyka');
    $(element, '.upload-form button[type="submit"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#music-file-error'), 'the refusal at the file');
    expect(textOf(element, '#music-file-error')).to.equal('This file is not audio the PBX can play. Choose a WAV, MP3, Ogg file.');
    expect(creates()).to.deep.equal(['POST 422']);
    expect(($(element, '#music-description') as HTMLInputElement).value).to.equal('Udawana muzyka');
  });

  it('with the PBX’s 20 tracks, says so instead of offering an upload', async () => {
    const pbx = pbxOf(sim.customers.trunk);
    const [first] = pbx.music;
    pbx.music = Array.from({ length: 20 }, (_, i) => ({ ...first!, id: `moh_full_${i}`, description: `Utwór ${i + 1}`, active: i === 0 }));
    const element = await music();
    expect(textOf(element, 'header')).to.contain('20 tracks of 20');
    expect(textOf(element, '#upload-full')).to.equal('The PBX keeps up to 20 tracks, and all are in use. Delete one to upload another.');
    expect(element.shadowRoot!.querySelector('#music-file')).to.equal(null);
  });

  it('fits 360 px with no horizontal scroll', async () => {
    const element = await music(sim.customers.trunk, 'pl', 360);
    button(item(element, 'Walc na powitanie'), 'Odtwórz').click();
    await shows(element, '.player audio');
    const box = $(element, '[part~="base"]');
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
  });

  describe('for a portal user', () => {
    it('a user with "telephony" and full access makes another track heard: nothing is said unavailable, the upload is offered', async () => {
      const element = await music(sim.customers.trunk, 'en', 900, asUser(sim, sim.customers.trunk, 'usr_1005_reception'));
      await answered(asked);
      await element.updateComplete;
      expectAvailable(element, button(item(element, 'Walc na powitanie'), 'Make active'));
      expect(element.shadowRoot!.querySelector('#music-file'), 'the upload form').to.not.equal(null);
      button(item(element, 'Walc na powitanie'), 'Make active').click();
      await waitUntil(() => item(element, 'Walc na powitanie').querySelector('.badge'), 'the badge moves');
      expect(requestsTo(sim, `${MUSIC}/moh_trunk_2`)).to.include('PATCH 200');
      await expect(element).to.be.accessible();
    });

    it('a read-only user plays the tracks; making one heard, describing and deleting are unavailable, said once, the upload’s place says why, and the keyboard sends nothing', async () => {
      const element = await music(sim.customers.trunk, 'en', 900, asUser(sim, sim.customers.trunk, 'usr_1005_quality'));
      const note = await shows(element, '#tracks-unavailable');
      expect(note.textContent!.trim()).to.equal(READ_ONLY.en);
      const controls = expectAllUnavailable(element, '[id$="-activate"], [id$="-edit"], [id$="-delete"]', READ_ONLY.en);
      expect(controls.length, 'two to make heard, three to describe, three to delete').to.equal(8);
      const upload = await shows(element, '.upload [part~="unavailable"]');
      expect(upload.querySelector('h3')!.textContent).to.equal(NOT_ALLOWED_TITLE.en);
      expect(upload.querySelector('p')!.textContent).to.equal(READ_ONLY.en);
      expect(element.shadowRoot!.querySelector('#music-file'), 'no file to choose').to.equal(null);
      const walc = item(element, 'Walc na powitanie');
      for (const label of ['Make active', 'Edit description', 'Delete']) await pressFromKeyboard(button(walc, label));
      await element.updateComplete;
      expect(walc.querySelector('form.edit, .confirm'), 'no form, no confirmation').to.equal(null);
      // What only reads stays: the track plays.
      button(walc, 'Play').click();
      await shows(element, '.player audio');
      await answered(asked);
      expect(operations(asked, musicTrackCreate.id, musicTrackUpdate.id, musicTrackDelete.id)).to.deep.equal([]);
      await expect(element).to.be.accessible({ ignoredRules: ['audio-caption'] });
    });

    it('a user without "telephony": not available, in Polish', async () => {
      const element = await music(sim.customers.prepaid, 'pl', 900, asUser(sim, sim.customers.prepaid, 'usr_1001_accounts'));
      await expectRefused(element, 'pl', 'Telefonia', ['.upload', '.count', '[part~="unavailable"]']);
    });
  });
});
