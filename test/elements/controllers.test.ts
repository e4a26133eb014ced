import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IdempotencyError, ValidationError } from '@portico/sdk/core';
import { Action } from '../../packages/elements/src/controllers/action.ts';
import { PagedList, type Page } from '../../packages/elements/src/controllers/paged-list.ts';
import { Resource } from '../../packages/elements/src/controllers/resource.ts';
import { PorticoErrorEvent } from '../../packages/elements/src/events/portico-error.ts';
import { nextTask } from './signals.ts';

/** An answer the test gives when it chooses: loads and sends wait on it. */
interface Pending<T> {
  args: readonly unknown[];
  signal: AbortSignal;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(args: readonly unknown[], signal: AbortSignal, asked: Pending<T>[]): Promise<T> {
  return new Promise<T>((resolve, reject) => asked.push({ args, signal, resolve, reject }));
}

/** Settles `pending` and lets the host render what came of it. */
async function answer<T>(host: LitElement, pending: Pending<T> | undefined, value: T | Error): Promise<void> {
  if (!pending) throw new Error('nothing was asked');
  if (value instanceof Error) pending.reject(value);
  else pending.resolve(value);
  await nextTask();
  await host.updateComplete;
}

class ResourceHost extends LitElement {
  static override properties = { item: {} };
  item = 'a';
  loads: Pending<string>[] = [];
  errors: unknown[] = [];
  readonly resource = new Resource(this, {
    args: () => [this.item] as const,
    load: ([item], signal) => deferred<string>([item], signal, this.loads),
    onError: (error) => this.errors.push(error),
  });
  protected override render() {
    return this.resource.render({ loading: () => 'loading', error: () => 'failed', content: (value) => `shows ${value}` });
  }
}
customElements.define('test-resource-host', ResourceHost);

/** Searches as one types: the results of the words before stay while the next words load. */
class SearchHost extends LitElement {
  static override properties = { words: {} };
  words = 'sip';
  loads: Pending<string>[] = [];
  readonly results = new Resource(this, {
    args: () => [this.words] as const,
    load: ([words], signal) => deferred<string>([words], signal, this.loads),
    keep: ([before], [now]) => Boolean(before && now),
  });
  protected override render() {
    return this.results.render({ loading: () => 'loading', error: () => 'failed', content: (value) => `shows ${value}` });
  }
}
customElements.define('test-search-host', SearchHost);

class PagedHost extends LitElement {
  static override properties = { filter: {} };
  filter = 'all';
  pages: Pending<Page<number>>[] = [];
  readonly list = new PagedList<readonly [string], number>(this, {
    args: () => [this.filter] as const,
    page: ([filter], cursor, signal) => deferred([filter, cursor], signal, this.pages),
  });
}
customElements.define('test-paged-host', PagedHost);

/** A list whose pages also say how many rows there are in all. */
class CountedHost extends LitElement {
  pages: Pending<Page<number> & { total: number }>[] = [];
  readonly list = new PagedList<readonly [], number, Page<number> & { total: number }>(this, {
    args: () => [] as const,
    page: (_, cursor, signal) => deferred([cursor], signal, this.pages),
  });
}
customElements.define('test-counted-host', CountedHost);

class ActionHost extends LitElement {
  sent: { params: string; key?: string; pending: Pending<string> }[] = [];
  readonly action = new Action<string, string>(this, {
    idempotent: true,
    send: (params, { idempotencyKey, signal }) => new Promise((resolve, reject) => this.sent.push({ params, key: idempotencyKey, pending: { args: [params], signal, resolve, reject } })),
  });
}
customElements.define('test-action-host', ActionHost);

const text = (host: Element) => host.shadowRoot!.textContent!.trim();
const lost = () => new TypeError('Failed to fetch');

describe('Resource', () => {
  it('loads for its arguments, and drops the content at once when they change', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    expect(text(host)).to.equal('loading');
    await answer(host, host.loads[0], 'A');
    expect(text(host)).to.equal('shows A');
    host.item = 'b';
    await host.updateComplete;
    expect(text(host), 'another item shows nothing of the last one').to.equal('loading');
    expect(host.loads[0]!.args).to.deep.equal(['a']);
    expect(host.loads[1]!.args).to.deep.equal(['b']);
  });

  it('drops an answer for arguments no longer current, and aborts its request', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    host.item = 'b';
    await host.updateComplete;
    expect(host.loads[0]!.signal.aborted).to.equal(true);
    await answer(host, host.loads[1], 'B');
    await answer(host, host.loads[0], 'A (late)');
    expect(text(host)).to.equal('shows B');
  });

  it('keeps the content on screen while it refreshes, and after a refresh that failed', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    await answer(host, host.loads[0], 'A');
    void host.resource.refresh();
    await host.updateComplete;
    expect(host.resource.loading).to.equal(true);
    expect(text(host)).to.equal('shows A');
    await answer(host, host.loads[1], new Error('offline'));
    expect(text(host)).to.equal('shows A');
    expect(host.resource.failed).to.equal(true);
    expect(host.errors).to.have.length(1);
  });

  it('shows the failure when there is no content, and a retry loads again', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    await answer(host, host.loads[0], new Error('offline'));
    expect(text(host)).to.equal('failed');
    void host.resource.refresh();
    await host.updateComplete;
    expect(text(host)).to.equal('loading');
    await answer(host, host.loads[1], 'A');
    expect(text(host)).to.equal('shows A');
    expect(host.resource.error).to.equal(undefined);
  });

  it('aborts a load when its widget leaves the page, and loads again when it comes back', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    const parent = host.parentElement!;
    host.remove();
    expect(host.loads[0]!.signal.aborted).to.equal(true);
    parent.append(host);
    await host.updateComplete;
    expect(host.loads).to.have.length(2);
    await answer(host, host.loads[1], 'A');
    expect(text(host)).to.equal('shows A');
  });

  it('keeps content set from an action’s answer over a refresh that was read before it', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    await answer(host, host.loads[0], 'A');
    void host.resource.refresh();
    await host.updateComplete;
    host.resource.set('A replied');
    await host.updateComplete;
    expect(host.loads[1]!.signal.aborted, 'the refresh under way is aborted').to.equal(true);
    expect(host.resource.loading).to.equal(false);
    await answer(host, host.loads[1], 'A (read before the reply)');
    expect(text(host)).to.equal('shows A replied');
  });

  it('changes the content locally for the current arguments only', async () => {
    const host = await fixture<ResourceHost>(html`<test-resource-host></test-resource-host>`);
    host.resource.update((v) => `${v}!`);
    expect(host.resource.value, 'nothing to change yet').to.equal(undefined);
    await answer(host, host.loads[0], 'A');
    host.resource.update((v) => `${v}!`);
    await host.updateComplete;
    expect(text(host)).to.equal('shows A!');
  });

  it('keeps the content of the arguments before while the next load, when `keep` says so; a failure takes it away', async () => {
    const host = await fixture<SearchHost>(html`<test-search-host></test-search-host>`);
    await answer(host, host.loads[0], 'sip results');
    const before = host.results.scope;
    host.words = 'sip phone';
    await host.updateComplete;
    expect(text(host), 'the results so far stay while the next words load').to.equal('shows sip results');
    expect(host.results.loading).to.equal(true);
    expect(host.results.scope, 'a page of the results before is not for these words').to.not.equal(before);
    await answer(host, host.loads[1], 'sip phone results');
    expect(text(host)).to.equal('shows sip phone results');
    host.words = 'sip phone setup';
    await host.updateComplete;
    await answer(host, host.loads[2], new Error('offline'));
    expect(text(host), 'the results of other words never stand for these').to.equal('failed');
    host.words = '';
    await host.updateComplete;
    expect(text(host), 'not kept where `keep` says no').to.equal('loading');
  });
});

describe('PagedList', () => {
  it('adds the next page after the rows and says where it begins', async () => {
    const host = await fixture<PagedHost>(html`<test-paged-host></test-paged-host>`);
    await answer(host, host.pages[0], { data: [1, 2], nextCursor: 'c2' });
    const more = host.list.more();
    expect(host.list.loadingMore).to.equal(true);
    expect(await Promise.race([host.list.more(), 'second']), 'one page at a time').to.equal(undefined);
    expect(host.pages[1]!.args).to.deep.equal(['all', 'c2']);
    await answer(host, host.pages[1], { data: [3], nextCursor: null });
    expect(await more).to.equal(2);
    expect(host.list.items).to.deep.equal([1, 2, 3]);
    expect(host.list.hasMore).to.equal(false);
    expect(host.pages).to.have.length(2);
  });

  it('drops a page that arrives for a list loaded again meanwhile', async () => {
    const host = await fixture<PagedHost>(html`<test-paged-host></test-paged-host>`);
    await answer(host, host.pages[0], { data: [1], nextCursor: 'c2' });
    const more = host.list.more();
    host.filter = 'open';
    await host.updateComplete;
    expect(host.pages[1]!.signal.aborted).to.equal(true);
    await answer(host, host.pages[2], { data: [7], nextCursor: null });
    await answer(host, host.pages[1], { data: [2], nextCursor: null });
    expect(await more).to.equal(undefined);
    expect(host.list.items).to.deep.equal([7]);
  });

  it('keeps a failed page for its button, which tries the same page again', async () => {
    const host = await fixture<PagedHost>(html`<test-paged-host></test-paged-host>`);
    await answer(host, host.pages[0], { data: [1], nextCursor: 'c2' });
    const failed = host.list.more();
    await answer(host, host.pages[1], new Error('offline'));
    expect(await failed).to.equal(undefined);
    expect(host.list.moreError).to.be.an('error');
    expect(host.list.items).to.deep.equal([1]);
    const retried = host.list.more();
    expect(host.list.moreError, 'the failure goes as it is tried again').to.equal(undefined);
    expect(host.pages[2]!.args).to.deep.equal(['all', 'c2']);
    await answer(host, host.pages[2], { data: [2], nextCursor: null });
    expect(await retried).to.equal(1);
  });

  it('keeps what the latest page says of the whole list, beside the rows', async () => {
    const host = await fixture<CountedHost>(html`<test-counted-host></test-counted-host>`);
    await answer(host, host.pages[0], { data: [1, 2], nextCursor: 'c2', total: 4 });
    const more = host.list.more();
    await answer(host, host.pages[1], { data: [3], nextCursor: 'c3', total: 5 });
    expect(await more).to.equal(2);
    expect(host.list.value).to.deep.equal({ data: [1, 2, 3], nextCursor: 'c3', total: 5 });
  });
});

describe('Action', () => {
  it('is busy while sent, then holds its result; a second press meanwhile sends nothing', async () => {
    const host = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
    const run = host.action.run('50 PLN');
    expect(host.action.busy).to.equal(true);
    expect(await host.action.run('50 PLN')).to.equal(undefined);
    expect(host.sent).to.have.length(1);
    host.sent[0]!.pending.resolve('made');
    expect(await run).to.equal('made');
    expect(host.action.busy).to.equal(false);
    expect(host.action.result).to.equal('made');
  });

  it('retries a lost answer under the same key, and starts a new key once the API has answered', async () => {
    const host = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
    const errors: unknown[] = [];
    host.addEventListener(PorticoErrorEvent.type, (e) => errors.push((e as PorticoErrorEvent).detail.error));
    const first = host.action.run('a');
    host.sent[0]!.pending.reject(lost());
    await first;
    expect(host.action.error).to.be.instanceOf(TypeError);
    const second = host.action.run('a');
    expect(host.action.error, 'the failure goes as it is tried again').to.equal(undefined);
    host.sent[1]!.pending.reject(new ValidationError('refused', { status: 422, code: 'validation_failed' }));
    await second;
    const third = host.action.run('a');
    host.sent[2]!.pending.resolve('made');
    await third;
    expect(host.sent[1]!.key).to.equal(host.sent[0]!.key);
    expect(host.sent[2]!.key).to.not.equal(host.sent[0]!.key);
    expect(errors).to.have.length(2);
  });

  it('says it is unanswered from the first try until the API answers one', async () => {
    const host = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
    expect(host.action.unanswered, 'nothing sent').to.equal(false);
    const first = host.action.run('a');
    expect(host.action.unanswered, 'on its way').to.equal(true);
    host.sent[0]!.pending.reject(lost());
    await first;
    expect(host.action.unanswered, 'its answer lost').to.equal(true);
    const second = host.action.run('a');
    host.sent[1]!.pending.reject(new ValidationError('refused', { status: 422, code: 'validation_failed' }));
    await second;
    expect(host.action.unanswered, 'refused').to.equal(false);
    const third = host.action.run('b');
    host.sent[2]!.pending.resolve('made');
    await third;
    expect(host.action.unanswered, 'made').to.equal(false);
  });

  it('keeps the key when the API says the first try is still in flight', async () => {
    const host = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
    const first = host.action.run('a');
    host.sent[0]!.pending.reject(new IdempotencyError('in flight', { status: 409, code: 'idempotency_key_in_flight' }));
    await first;
    const second = host.action.run('a');
    host.sent[1]!.pending.resolve('made');
    await second;
    expect(host.sent[1]!.key).to.equal(host.sent[0]!.key);
  });

  it('drops the answer of an action reset meanwhile', async () => {
    const host = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
    const run = host.action.run('a');
    host.action.reset();
    expect(host.sent[0]!.pending.signal.aborted).to.equal(true);
    host.sent[0]!.pending.resolve('made for the last customer');
    expect(await run).to.equal(undefined);
    expect(host.action.result).to.equal(undefined);
    expect(host.action.busy).to.equal(false);
  });
});
