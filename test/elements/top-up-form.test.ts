import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@portico/elements/top-up-form';
import '@portico/elements/provider';
import type { PorticoTopUpForm } from '@portico/elements';
import { topUpCreate } from '@portico/sdk/account';
import { $, clientFor, mount, requestsTo, shows, simulator, textOf, type } from './support.ts';
import { answered, nextTask, operations, watch, type Asked } from './signals.ts';

const sim = await simulator();
const TOP_UPS = '/v1/account/top-ups';
const balanceOf = (id: string) => sim.world.customers.get(id)!.balance;
const nbsp = (text: string) => text.replace(/\s/g, ' ');

/** What the form mounted last asked its client for. */
let asked: Asked[] = [];

/**
 * Nothing was sent: a top-up is asked for in the same turn as the click on the send button
 * (the checks and portico-top-up-submit come first, in that turn), and none was; what was
 * asked for is answered, and no top-up reached the simulator.
 */
async function expectNothingSent(): Promise<void> {
  expect(operations(asked, topUpCreate.id), 'top-ups asked for').to.deep.equal([]);
  await answered(asked);
  expect(requestsTo(sim, TOP_UPS)).to.deep.equal([]);
}

async function form(customer: string = sim.customers.prepaid, attributes: { locale?: string; theme?: string } = {}) {
  const client = clientFor(sim, customer);
  asked = watch(client);
  const element = await mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${client} locale=${attributes.locale ?? 'en'} theme=${attributes.theme ?? 'light'}></portico-top-up-form>`);
  return element;
}

async function ready(customer?: string, attributes?: { locale?: string; theme?: string }) {
  const element = await form(customer, attributes);
  await shows(element, 'form');
  return element;
}

const submit = (element: PorticoTopUpForm) => $(element, 'button.submit').click();

describe('<portico-top-up-form>', () => {
  beforeEach(() => {
    sim.reset();
    sim.latency = 0;
  });

  describe('states', () => {
    it('loading: a skeleton, announced once, busy for assistive tech', async () => {
      sim.latency = 400;
      const element = await form();
      expect($(element, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
      expect($(element, '.loading [role="status"]').textContent).to.equal('Loading…');
      expect(element.shadowRoot!.querySelectorAll('.skeleton').length).to.be.greaterThan(2);
      await expect(element).to.be.accessible();
    });

    it('content: the balance, amount, quick amounts and payment methods', async () => {
      const element = await ready();
      const balance = { amount: balanceOf(sim.customers.prepaid), currency: 'PLN' };
      const expected = new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(balance.amount / 100);
      expect(nbsp($(element, '.balance').textContent!)).to.equal(nbsp(expected));
      expect([...element.shadowRoot!.querySelectorAll('.method-name')].map((n) => n.textContent)).to.deep.equal(['Visa •••• 4242', 'BLIK', 'Bank transfer']);
      expect(element.shadowRoot!.querySelectorAll('.chip').length).to.equal(4);
      expect(nbsp(textOf(element, '#amount-hint'))).to.equal('From PLN 20.00 to PLN 10,000.00');
      await expect(element).to.be.accessible();
    });

    it('error: what went wrong, and a retry that loads the content', async () => {
      sim.faults.persist({ status: 503, path: '/v1/account/balance' });
      const element = await form();
      const failed = oneEvent(element, 'portico-error');
      const alert = await shows(element, '[role="alert"]');
      expect((await failed).detail.action).to.equal('load');
      expect(alert.innerText).to.contain('Something went wrong on our side.');
      await expect(element).to.be.accessible();
      sim.faults.clear();
      $(element, 'button[part~="retry"]').click();
      await shows(element, 'form');
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'title', 'focus moves to the loaded widget');
    });

    it('error: offline, rate limited and an expired session each say what they mean', async () => {
      sim.faults.persist({ drop: true, path: '/v1/account/balance' });
      let element = await form();
      expect((await shows(element, '[role="alert"]')).innerText).to.contain('couldn’t reach the service');
      sim.faults.persist({ status: 429, retryAfter: 30, path: '/v1/account/balance' });
      element = await form();
      expect((await shows(element, '[role="alert"]')).innerText).to.contain('Too many attempts. Try again in 30 s.');
      sim.faults.clear();
      const expired = clientFor(sim, sim.customers.prepaid, { fetchSessionToken: async () => { throw new Error('backend said no'); } });
      element = await mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${expired} locale="en"></portico-top-up-form>`);
      expect((await shows(element, '[role="alert"]')).innerText).to.contain('Your session has expired.');
    });

    it('empty: no payment method, and what to do', async () => {
      sim.world.customers.get(sim.customers.prepaid)!.paymentMethods = [];
      const element = await form();
      const empty = await shows(element, '[part="empty"]');
      expect(empty.innerText).to.contain('No payment method is available');
      await expect(element).to.be.accessible();
    });

    it('postpaid: why it cannot be topped up, and no form', async () => {
      const element = await form(sim.customers.business);
      await shows(element, '[part="status"]');
      expect(textOf(element)).to.contain('Your account is billed by invoice');
      expect(textOf(element)).to.contain('Credit limit');
      expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('postpaid: titled as a balance, and what is owed is said as owed, not as negative funds', async () => {
      const owed = sim.world.customers.get(sim.customers.business)!.balance;
      expect(owed, 'the demo business customer owes something').to.be.below(0);
      const element = await form(sim.customers.business);
      await shows(element, '[part="status"]');
      expect(textOf(element, '#title')).to.equal('Account balance');
      expect(textOf(element, '.summary dt')).to.equal('Amount due');
      expect(nbsp(textOf(element, '.balance'))).to.equal(nbsp(new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(-owed / 100)));
      expect(textOf(element)).to.not.contain('Available balance');
      sim.world.customers.get(sim.customers.business)!.balance = 1500;
      const paid = await form(sim.customers.business, { locale: 'pl' });
      await shows(paid, '[part="status"]');
      expect(textOf(paid, '#title')).to.equal('Saldo konta');
      expect(textOf(paid, '.summary dt')).to.equal('Saldo');
    });

    it('a widget with no client says so, and explains the fix in the console', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        const element = await mount<PorticoTopUpForm>(html`<portico-top-up-form locale="en"></portico-top-up-form>`);
        expect((await shows(element, '[role="alert"]')).innerText).to.contain('not connected to an account');
        expect(errors.join()).to.contain('<portico-provider>');
      } finally {
        console.error = original;
      }
    });
  });

  describe('amount', () => {
    it('refuses 19 PLN at the field, tied to it, and sends nothing', async () => {
      const element = await ready();
      const input = $(element, '#amount');
      type(input, '19');
      input.focus();
      input.blur();
      await nextTask();
      await element.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('amount-error');
      expect(nbsp(textOf(element, '#amount-error'))).to.equal('The minimum top-up is PLN 20.00.');
      submit(element);
      await element.updateComplete;
      await expectNothingSent();
      await expect(element).to.be.accessible();
    });

    it('says at once what typing on cannot fix, but waits for the minimum', async () => {
      const element = await ready();
      const input = $(element, '#amount');
      type(input, '2');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#amount-error')).to.equal(null);
      type(input, '20.505');
      await element.updateComplete;
      expect(textOf(element, '#amount-error')).to.equal('Use at most two decimal places.');
      type(input, 'dwadzieścia');
      await element.updateComplete;
      expect(textOf(element, '#amount-error')).to.equal('Enter an amount such as 50 or 50.00.');
      type(input, '20 000');
      await element.updateComplete;
      expect(nbsp(textOf(element, '#amount-error'))).to.equal('The maximum top-up is PLN 10,000.00.');
    });

    it('says the minimum once typing pauses, with no need to leave the field', async () => {
      const element = await ready();
      const input = $(element, '#amount');
      input.focus();
      type(input, '5');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#amount-error') === null, 'not while typing').to.equal(true);
      await shows(element, '#amount-error');
      expect(nbsp(textOf(element, '#amount-error'))).to.equal('The minimum top-up is PLN 20.00.');
      expect(element.shadowRoot!.activeElement === input, 'focus stays in the field').to.equal(true);
      type(input, '50');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#amount-error') === null).to.equal(true);
    });

    it('reads Polish habits in Polish: "1 000,50 zł"', async () => {
      const element = await ready(sim.customers.prepaid, { locale: 'pl' });
      type($(element, '#amount'), '1 000,50 zł');
      await element.updateComplete;
      // Polish groups thousands only from five digits on: 1000,50 zł, 10 000,00 zł.
      expect(nbsp($(element, 'button.submit').textContent!.trim())).to.equal('Zasil konto kwotą 1000,50 zł');
    });

    it('a quick amount fills the field and shows as pressed', async () => {
      const element = await ready();
      const chip = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')][1]!;
      chip.click();
      await element.updateComplete;
      expect(($(element, '#amount') as HTMLInputElement).value).to.equal('50');
      expect(chip.getAttribute('aria-pressed')).to.equal('true');
      expect(nbsp($(element, 'button.submit').textContent!.trim())).to.equal('Top up PLN 50.00');
    });
  });

  describe('submitting', () => {
    it('tops up 20 PLN: the balance rises, focus and screen readers learn it, the event carries the top-up', async () => {
      const element = await ready();
      const before = balanceOf(sim.customers.prepaid);
      type($(element, '#amount'), '20');
      const completed = oneEvent(element, 'portico-top-up-complete');
      submit(element);
      const { detail } = await completed;
      expect(detail.topUp.amount).to.deep.equal({ amount: 2000, currency: 'PLN' });
      const result = await shows(element, '#result-title');
      expect(element.shadowRoot!.activeElement === result, 'where focus is').to.equal(true);
      expect(balanceOf(sim.customers.prepaid)).to.equal(before + 2000);
      const shown = new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format((before + 2000) / 100);
      // The result shows at once; the new balance follows as soon as it is read.
      await waitUntil(() => nbsp($(element, '.balance').textContent!) === nbsp(shown), 'the new balance is shown');
      expect(nbsp(textOf(element, '[role="status"][aria-live]'))).to.contain(`Your balance is now ${nbsp(shown)}`);
      await expect(element).to.be.accessible();
    });

    it('cannot be submitted twice', async () => {
      sim.latency = 200;
      const element = await ready();
      type($(element, '#amount'), '25');
      submit(element);
      await element.updateComplete;
      expect($(element, 'button.submit').getAttribute('aria-disabled')).to.equal('true');
      expect($(element, 'button.submit').textContent).to.contain('Processing your payment…');
      submit(element);
      $(element, 'form').dispatchEvent(new Event('submit', { cancelable: true }));
      await shows(element, '#result-title');
      expect(requestsTo(sim, TOP_UPS)).to.deep.equal(['POST 201']);
    });

    it('a lost answer keeps what was typed, and its retry charges once', async () => {
      const element = await ready();
      const before = balanceOf(sim.customers.prepaid);
      type($(element, '#amount'), '30');
      sim.faults.enqueue({ loseResponse: true, path: TOP_UPS });
      submit(element);
      const alert = await shows(element, '#action-error');
      expect(element.shadowRoot!.activeElement === alert, 'where focus is').to.equal(true);
      expect(textOf(element, '[role="alert"]')).to.contain('couldn’t reach the service');
      expect(($(element, '#amount') as HTMLInputElement).value).to.equal('30');
      expect(($(element, 'input[name=method]:checked') as HTMLInputElement).value).to.equal('pm_card');
      $(element, '[role="alert"] button').click();
      await shows(element, '#result-title');
      const posts = sim.log.filter((e) => e.path === TOP_UPS && e.method === 'POST');
      expect(posts.map((e) => e.status)).to.deep.equal(['dropped', 201]);
      expect(posts[0]!.idempotencyKey).to.equal(posts[1]!.idempotencyKey);
      expect(balanceOf(sim.customers.prepaid)).to.equal(before + 3000);
    });

    it('a changed amount after a failure that charged nothing goes with the same key, and is what is charged', async () => {
      const element = await ready();
      const before = balanceOf(sim.customers.prepaid);
      type($(element, '#amount'), '30');
      sim.faults.enqueue({ status: 503, path: TOP_UPS });
      submit(element);
      await shows(element, '#action-error');
      type($(element, '#amount'), '35');
      submit(element);
      await shows(element, '#result-title');
      const keys = sim.log.filter((e) => e.path === TOP_UPS && e.method === 'POST').map((e) => e.idempotencyKey);
      expect(keys.length).to.equal(2);
      expect(keys[0]).to.equal(keys[1]);
      expect(balanceOf(sim.customers.prepaid)).to.equal(before + 3500);
      expect(textOf(element, '[part~="status"]')).to.not.contain('An earlier try had gone through');
    });

    it('a changed amount after a lost answer charges once: the first amount, and says so', async () => {
      const element = await ready();
      const before = balanceOf(sim.customers.prepaid);
      type($(element, '#amount'), '30');
      sim.faults.enqueue({ loseResponse: true, path: TOP_UPS });
      submit(element);
      await shows(element, '#action-error');
      type($(element, '#amount'), '35');
      submit(element);
      await shows(element, '#result-title');
      expect(balanceOf(sim.customers.prepaid)).to.equal(before + 3000);
      expect(textOf(element, '[part~="status"]')).to.contain('An earlier try had gone through, so that payment is the one made');
      expect(nbsp(textOf(element, '[part~="status"]'))).to.contain('PLN 30.00 has been added');
      const keys = sim.log.filter((e) => e.path === TOP_UPS && e.method === 'POST').map((e) => e.idempotencyKey);
      expect(new Set(keys).size).to.equal(1);
    });

    it('portico-top-up-submit is cancelable: nothing is sent', async () => {
      const element = await ready();
      element.addEventListener('portico-top-up-submit', (event) => event.preventDefault(), { once: true });
      type($(element, '#amount'), '40');
      submit(element);
      await element.updateComplete;
      await expectNothingSent();
    });

    it('BLIK: the code is required, and a declined code is explained and cleared', async () => {
      const element = await ready();
      type($(element, '#amount'), '20');
      const blik = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')[1]!;
      blik.click();
      await element.updateComplete;
      submit(element);
      await element.updateComplete;
      expect(textOf(element, '#blik-error')).to.equal('Enter the 6-digit BLIK code.');
      await expectNothingSent();
      type($(element, '#blik'), '000000');
      submit(element);
      await shows(element, '#action-error');
      expect(textOf(element, '#action-error')).to.contain('declined the BLIK payment');
      expect(($(element, '#blik') as HTMLInputElement).value).to.equal('');
      type($(element, '#blik'), '123 456');
      submit(element);
      await shows(element, '#result-title');
    });

    it('a refusal of the server lands at the field it concerns, in the server’s terms', async () => {
      const element = await ready();
      sim.world.customers.get(sim.customers.prepaid)!.currency = 'EUR';
      type($(element, '#amount'), '20');
      submit(element);
      await waitUntil(() => element.shadowRoot!.querySelector('#amount-error'));
      expect(textOf(element, '#amount-error')).to.equal('Top-ups are in EUR.');
      expect(element.shadowRoot!.activeElement?.id).to.equal('amount');
    });

    it('a BLIK code left behind when switching methods is never sent', async () => {
      const element = await ready();
      type($(element, '#amount'), '20');
      const methods = () => element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]');
      methods()[1]!.click();
      await element.updateComplete;
      type($(element, '#blik'), '123456');
      methods()[0]!.click();
      await element.updateComplete;
      methods()[1]!.click();
      await element.updateComplete;
      expect(($(element, '#blik') as HTMLInputElement).value).to.equal('');
      submit(element);
      await element.updateComplete;
      expect(textOf(element, '#blik-error')).to.equal('Enter the 6-digit BLIK code.');
      await expectNothingSent();
    });

    it('an edit after a failure clears the failure: its retry would send something else', async () => {
      const element = await ready();
      type($(element, '#amount'), '30');
      sim.faults.enqueue({ status: 503, path: TOP_UPS });
      submit(element);
      await shows(element, '#action-error');
      type($(element, '#amount'), '31');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('#action-error')).to.equal(null);
    });

    it('a second top-up names the balance read after it, not the one after the first', async () => {
      const element = await ready();
      type($(element, '#amount'), '50');
      submit(element);
      await shows(element, '#result-title');
      await waitUntil(() => textOf(element, '[part="status"] p').includes('Your balance is now'), 'the first balance is read');
      ($(element, '[part="status"] button') as HTMLButtonElement).click();
      await shows(element, 'form');
      type($(element, '#amount'), '20');
      sim.faults.enqueue({ latency: 400, path: '/v1/account/balance' });
      submit(element);
      await shows(element, '#result-title');
      expect(nbsp(textOf(element, '[part="status"] p')), 'no balance until it is read').to.equal('PLN 20.00 has been added to your account.');
      const shown = new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(balanceOf(sim.customers.prepaid) / 100);
      await waitUntil(() => nbsp(textOf(element, '[part="status"] p')).includes(`Your balance is now ${nbsp(shown)}`), 'then the new balance');
    });

    it('another customer’s client starts afresh: nothing typed, paid or shown for the last one stays', async () => {
      const element = await ready();
      type($(element, '#amount'), '50');
      submit(element);
      await shows(element, '#result-title');
      element.client = clientFor(sim, sim.customers.hosting);
      await shows(element, 'form');
      expect(element.shadowRoot!.querySelector('#result-title') === null, 'the last customer’s result is gone').to.equal(true);
      expect(($(element, '#amount') as HTMLInputElement).value).to.equal('');
      const theirs = new Intl.NumberFormat('en', { style: 'currency', currency: 'PLN' }).format(balanceOf(sim.customers.hosting) / 100);
      await waitUntil(() => nbsp($(element, '.balance').textContent!) === nbsp(theirs), 'their balance');
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[name=method]:checked') === null, 'one of their methods is chosen').to.equal(false);
    });

    it('an account that became postpaid meanwhile is explained, with no retry that cannot work', async () => {
      const element = await ready();
      type($(element, '#amount'), '50');
      sim.world.customers.get(sim.customers.prepaid)!.mode = 'postpaid';
      submit(element);
      await waitUntil(() => element.shadowRoot!.querySelector('[part="status"] h3')?.textContent === 'Your account is billed by invoice', 'the postpaid explanation');
      expect(element.shadowRoot!.querySelector('form') === null).to.equal(true);
      expect(requestsTo(sim, TOP_UPS)).to.deep.equal(['POST 409']);
    });

    it('a top-up that went through stays shown when the balance cannot be read again', async () => {
      const element = await ready();
      type($(element, '#amount'), '45');
      sim.faults.enqueue({ status: 503, path: '/v1/account/balance' });
      submit(element);
      const title = await shows(element, '#result-title');
      await waitUntil(() => requestsTo(sim, '/v1/account/balance').includes('GET 503'));
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement === title, 'where focus is').to.equal(true);
      expect(nbsp(textOf(element, '[part="status"] p'))).to.equal('PLN 45.00 has been added to your account.');
      expect(requestsTo(sim, TOP_UPS)).to.deep.equal(['POST 201']);
    });
  });

  describe('bank transfer', () => {
    it('shows the transfer details from <portico-bank-transfer>, loaded when the method is chosen', async () => {
      const element = await ready();
      type($(element, '#amount'), '150');
      element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')[2]!.click();
      await waitUntil(() => customElements.get('portico-bank-transfer'), 'the transfer widget is fetched as the method is chosen');
      submit(element);
      const title = await shows(element, '#result-title');
      expect(element.shadowRoot!.activeElement === title, 'where focus is').to.equal(true);
      expect(textOf(element, '#result-title')).to.equal('Waiting for your bank transfer');
      const transfer = await shows(element, 'portico-bank-transfer');
      await shows(transfer, '.transfer');
      expect(nbsp(textOf(transfer))).to.contain('PL61 1090 1014 0000 0712 1981 2874');
      expect((transfer as HTMLElement & { effectiveLocale: string }).effectiveLocale).to.equal('en');
      await expect(element).to.be.accessible();
      $(element, '.button--link').click();
      await shows(element, 'form');
      expect(element.shadowRoot!.activeElement?.id).to.equal('amount');
    });
  });

  describe('language, theme, layout', () => {
    it('speaks Polish from the attribute, the provider, or the page, and switches at run time', async () => {
      const element = await ready(sim.customers.prepaid, { locale: 'pl' });
      expect(textOf(element, '#title')).to.equal('Zasil konto');
      element.locale = 'en';
      await element.updateComplete;
      expect(textOf(element, '#title')).to.equal('Top up your account');

      const client = clientFor(sim, sim.customers.prepaid);
      const provided = await mount<HTMLElement>(html`<portico-provider .client=${client} locale="pl"><portico-top-up-form></portico-top-up-form></portico-provider>`);
      const inner = provided.querySelector('portico-top-up-form')!;
      await shows(inner, 'form');
      expect(textOf(inner, '#title')).to.equal('Zasil konto');
      (provided as HTMLElement & { locale: string }).locale = 'en';
      await waitUntil(() => textOf(inner, '#title') === 'Top up your account', 'follows the provider');
      provided.removeAttribute('locale');
      document.documentElement.lang = 'pl';
      try {
        await waitUntil(() => textOf(inner, '#title') === 'Zasil konto', 'follows the page');
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    it('passes axe in dark mode, forced and from the system on a page that follows it', async () => {
      const surface = (element: Element) => getComputedStyle($(element, '[part~="base"]')).backgroundColor;
      const element = await ready(sim.customers.prepaid, { theme: 'dark' });
      expect(surface(element)).to.equal('rgb(23, 25, 28)');
      await expect(element).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      document.documentElement.style.colorScheme = 'light dark';
      try {
        const system = await mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${clientFor(sim, sim.customers.prepaid)} locale="en"></portico-top-up-form>`);
        await shows(system, 'form');
        expect(surface(system)).to.equal('rgb(23, 25, 28)');
        await expect(system).to.be.accessible();
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('stays light on a light page when the system is dark: it follows the page, not the system', async () => {
      const surface = (element: Element) => getComputedStyle($(element, '[part~="base"]')).backgroundColor;
      const unthemed = async () => {
        const element = await mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${clientFor(sim, sim.customers.prepaid)} locale="en"></portico-top-up-form>`);
        await shows(element, 'form');
        return element;
      };
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const undeclared = await unthemed();
        expect(surface(undeclared), 'a page that declares nothing is light').to.equal('rgb(255, 255, 255)');
        document.documentElement.style.colorScheme = 'light';
        const light = await unthemed();
        expect(surface(light), 'a page that declares light').to.equal('rgb(255, 255, 255)');
        document.documentElement.style.colorScheme = 'dark';
        await light.updateComplete;
        expect(surface(light), 'a page that turns dark takes its widgets along').to.equal('rgb(23, 25, 28)');
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('takes the host page’s tokens, even where a theme is forced', async () => {
      document.documentElement.style.setProperty('--portico-color-primary', 'rgb(228, 0, 124)');
      try {
        const element = await ready(sim.customers.prepaid, { theme: 'dark' });
        expect(getComputedStyle($(element, 'button.submit')).backgroundColor).to.equal('rgb(228, 0, 124)');
        element.style.setProperty('--portico-top-up-form-accent', 'rgb(0, 128, 0)');
        expect(getComputedStyle($(element, 'button.submit')).backgroundColor).to.equal('rgb(0, 128, 0)');
      } finally {
        document.documentElement.style.removeProperty('--portico-color-primary');
      }
    });

    it('fits 280 px with no horizontal scroll, form and transfer details', async () => {
      const client = clientFor(sim, sim.customers.prepaid);
      const box = await mount<HTMLElement>(html`<div style="width: 280px"><portico-top-up-form .client=${client} locale="pl"></portico-top-up-form></div>`);
      const element = box.firstElementChild as PorticoTopUpForm;
      await shows(element, 'form');
      const fits = () => {
        const base = $(element, '[part~="base"]');
        return base.scrollWidth <= base.clientWidth && element.getBoundingClientRect().width <= 280;
      };
      expect(fits(), 'form fits').to.equal(true);
      type($(element, '#amount'), '100');
      element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')[2]!.click();
      await element.updateComplete;
      submit(element);
      const transfer = await shows(element, 'portico-bank-transfer');
      await shows(transfer, '.transfer');
      const inner = $(transfer, '[part~="base"]');
      expect(fits() && inner.scrollWidth <= inner.clientWidth, 'transfer details fit').to.equal(true);
    });
  });

  describe('keyboard and forms', () => {
    it('is used with the keyboard alone: type, choose a method with arrows, Enter submits', async () => {
      const element = await ready();
      $(element, '#amount').focus();
      await sendKeys({ type: '60' });
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      expect((element.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('method');
      await sendKeys({ press: 'ArrowDown' });
      expect((element.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('pm_blik');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(($(element, 'input[name=method]:checked') as HTMLInputElement).value).to.equal('pm_transfer');
      await sendKeys({ press: 'Enter' });
      await shows(element, '#result-title');
      expect(element.shadowRoot!.activeElement?.id).to.equal('result-title');
    });

    it('fires native input and change, and resets with its form', async () => {
      const client = clientFor(sim, sim.customers.prepaid);
      const outer = await mount<HTMLFormElement>(html`<form><portico-top-up-form .client=${client} locale="en"></portico-top-up-form></form>`);
      const element = outer.querySelector('portico-top-up-form')!;
      await shows(element, 'form');
      const events: string[] = [];
      element.addEventListener('input', () => events.push('input'));
      element.addEventListener('change', () => events.push('change'));
      type($(element, '#amount'), '70');
      element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')[1]!.click();
      expect(events).to.include.members(['input', 'change']);
      outer.reset();
      await element.updateComplete;
      expect(($(element, '#amount') as HTMLInputElement).value).to.equal('');
    });
  });

  describe('as a control of the form around it', () => {
    async function inForm(): Promise<{ outer: HTMLFormElement; element: PorticoTopUpForm }> {
      const client = clientFor(sim, sim.customers.prepaid);
      asked = watch(client);
      const outer = await mount<HTMLFormElement>(html`<form><fieldset><portico-top-up-form name="top-up" .client=${client} locale="en"></portico-top-up-form></fieldset></form>`);
      const element = outer.querySelector('portico-top-up-form')!;
      await shows(element, 'form');
      return { outer, element };
    }

    it('gives the form its amount and method, and keeps it from being sent while the amount is wrong', async () => {
      const { outer, element } = await inForm();
      const method = element.shadowRoot!.querySelector<HTMLInputElement>('input[name=method]:checked')!.value;
      expect(outer.checkValidity(), 'nothing typed').to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      type($(element, '#amount'), '19');
      expect(outer.checkValidity(), '19 PLN').to.equal(false);
      expect(element.validity.rangeUnderflow).to.equal(true);
      expect(nbsp(element.validationMessage)).to.equal('The minimum top-up is PLN 20.00.');
      type($(element, '#amount'), '50');
      expect(outer.checkValidity()).to.equal(true);
      const data = new FormData(outer);
      expect(data.get('amount')).to.equal('50');
      expect(data.get('paymentMethodId')).to.equal(method);
    });

    it('shows at its fields what the form’s check found', async () => {
      const { outer, element } = await inForm();
      expect(element.shadowRoot!.querySelector('#amount-error'), 'nothing said before the check').to.equal(null);
      outer.reportValidity();
      await element.updateComplete;
      expect(textOf(element, '#amount-error')).to.equal('Enter an amount.');
      await expectNothingSent();
    });

    it('a disabled fieldset disables it: nothing can be typed or sent', async () => {
      const { outer, element } = await inForm();
      type($(element, '#amount'), '50');
      outer.querySelector('fieldset')!.disabled = true;
      await element.updateComplete;
      expect($(element, '#amount').matches(':disabled')).to.equal(true);
      expect($(element, 'button.submit').matches(':disabled')).to.equal(true);
      $(element, 'form').dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
      await expectNothingSent();
      expect(element.willValidate, 'a disabled control is not checked').to.equal(false);
      outer.querySelector('fieldset')!.disabled = false;
      await element.updateComplete;
      expect($(element, '#amount').matches(':disabled')).to.equal(false);
      expect(($(element, '#amount') as HTMLInputElement).value, 'what was typed stays').to.equal('50');
    });

    it('brings back what was typed when the browser restores the page', async () => {
      const { element } = await inForm();
      const methods = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]');
      const kept = new FormData();
      kept.set('amount', '75');
      kept.set('paymentMethodId', methods[1]!.value);
      element.formStateRestoreCallback(kept);
      await element.updateComplete;
      expect(($(element, '#amount') as HTMLInputElement).value).to.equal('75');
      expect(element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=method]')[1]!.checked).to.equal(true);
    });
  });

  it('stops its requests when removed from the page', async () => {
    sim.latency = 1000;
    const signals: AbortSignal[] = [];
    const client = clientFor(sim, sim.customers.prepaid, {
      fetch: (input, init) => {
        // What the portal user may do is asked once per client for every widget of the page: not this widget's to stop.
        if (init?.signal && !String(input).endsWith('/v1/account/me')) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    const element = await mount<PorticoTopUpForm>(html`<portico-top-up-form .client=${client}></portico-top-up-form>`);
    await waitUntil(() => signals.length >= 2, 'both loads started');
    element.remove();
    expect(signals.every((signal) => signal.aborted)).to.equal(true);
  });
});
