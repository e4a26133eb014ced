import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { pageAtRunTime } from '../support/browser.ts';
import { useDemo } from '../support/demo.ts';

/**
 * The demo's Telefonia section as its two VoIP customers use it, in Polish: the accounting
 * office on "Telefonia IP standard" (two lines, call logs off) and the clinic on "Biznes
 * Trunk" (40 extensions, hunt groups, a million calls).
 */
describe('the demo portal’s telephony, as the VoIP office and the clinic use it', () => {
  const demo = useDemo();
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    page = await pageAtRunTime(demo.browser, { locale: 'pl-PL' });
    page.on('pageerror', (error) => errors.push(String(error)));
  });

  async function signIn(customerId: string): Promise<void> {
    if ((await page.locator('#customer').inputValue()) !== customerId) await page.locator('#customer').selectOption(customerId);
  }
  const tab = (name: string) => page.locator('.tabs').getByRole('link', { name, exact: true });

  it('the office sees Telefonia in the menu, its dashboard with its package, and its two lines', async () => {
    await page.goto(`${demo.url}/#/account`);
    await page.locator('#customer option').first().waitFor({ state: 'attached' });
    await signIn('cus_1001');
    await page.getByRole('link', { name: 'Telefonia', exact: true }).click();
    const dashboard = page.locator('portico-pbx-dashboard');
    await dashboard.getByText('Telefonia IP standard').first().waitFor();
    await dashboard.getByText('Biuro Rachunkowe Kowalczyk s.c.').first().waitFor();
    await tab('Linie telefoniczne').click();
    const lines = page.locator('portico-phone-lines');
    await lines.getByText('+48 22 380 98 87', { exact: true }).first().waitFor();
    assert.ok(await lines.getByText('+48 22 380 99 86', { exact: true }).first().isVisible());
  });

  it('the office’s accountant, picked as the user, is told the PBX needs the Telephony permission, and the administrator is not', async () => {
    await page.locator('#user').selectOption('usr_1001_accounts');
    await page.goto(`${demo.url}/#/telephony/extensions`);
    const extensions = page.locator('portico-extensions');
    await extensions.getByText('Wymaga uprawnienia „Telefonia”, którego Twój użytkownik portalu nie ma. Może je nadać administrator konta.').waitFor();
    await page.locator('#user').selectOption('usr_1001_admin');
    await extensions.getByText('Sekretariat').first().waitFor();
  });

  it('the office’s call logs say the service is off and whom to ask, as the seed does, with no retry', async () => {
    await tab('Logi połączeń').click();
    const log = page.locator('portico-call-log-table[source="pbx"]');
    await log.getByText('Logi połączeń są wyłączone. W celu włączenia proszę skontaktować się ze swoim dostawcą usługi lub administratorem.').waitFor();
    assert.equal(await log.getByRole('button', { name: /Spróbuj ponownie/ }).count(), 0);
  });

  it('the clinic adds an extension, and one that is a hunt group’s number is refused at the field, in words', async () => {
    await signIn('cus_1005');
    await page.goto(`${demo.url}/#/telephony/extensions`);
    const extensions = page.locator('portico-extensions');
    await extensions.getByText('Rejestracja 1').first().waitFor();
    await extensions.getByRole('button', { name: 'Dodaj wewnętrzny' }).click();
    const dialog = extensions.getByRole('dialog');
    const number = dialog.getByRole('textbox', { name: /^Numer wewnętrzny/ });
    await number.fill('500');
    await dialog.getByRole('textbox', { name: /^Opis numeru wewnętrznego/ }).fill('Gabinet zabiegowy');
    await dialog.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await dialog.getByText(/grupa poszukiwawcza 500 \(Rejestracja\)/).first().waitFor();
    assert.equal(await number.getAttribute('aria-invalid'), 'true');
    assert.equal(await dialog.getByRole('textbox', { name: /^Opis numeru wewnętrznego/ }).inputValue(), 'Gabinet zabiegowy', 'what was typed stays');
    await number.fill('140');
    await dialog.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await extensions.getByText('Dodano numer wewnętrzny 140.').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#events li').filter({ hasText: 'portico-extension-saved' }).first().waitFor();
  });

  it('the clinic’s settings say, before saving, what a longer extension number would break', async () => {
    await tab('Ustawienia centrali').click();
    const settings = page.locator('portico-pbx-settings');
    const length = settings.getByRole('spinbutton', { name: /^Długość numeru wewnętrznego/ }).or(settings.getByRole('textbox', { name: /^Długość numeru wewnętrznego/ }));
    await length.fill('4');
    await length.blur();
    await settings.getByText(/41 numerów wewnętrznych nie będzie mieć 4 cyfr/).first().waitFor();
  });

  it('the clinic’s hunt groups, music and call log of a busy year are there', async () => {
    await tab('Grupy poszukiwawcze').click();
    await page.locator('portico-hunt-groups').getByText('Gabinety pediatryczne').first().waitFor();
    await tab('Muzyka na czekanie').click();
    await page.locator('portico-music-on-hold').getByText('Spokojna melodia — poczekalnia').first().waitFor();
    await tab('Logi połączeń').click();
    const log = page.locator('portico-call-log-table[source="pbx"]');
    await log.locator('[role=row][aria-rowindex="2"]').waitFor();
    await log.getByText(/\d[\d  ]* połącze/).first().waitFor();
    assert.deepEqual(errors, []);
  });
});
