import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fold, MIN_SCORE, rank, stem, terms, type SearchDocument } from '../../packages/simulator/src/data/helpdesk/search.ts';

/** A small shelf of articles, enough to tell a good ranking from a bad one. */
const ARTICLES: (SearchDocument & { id: string })[] = [
  {
    id: 'topup',
    title: 'Doładowanie konta',
    keywords: ['zasilenie', 'wpłata', 'saldo', 'BLIK'],
    excerpt: 'Jak doładować konto kartą, BLIK-iem lub przelewem.',
    body: 'Konto na kartę doładujesz w panelu klienta. Najmniejsza kwota to 20 zł.',
  },
  {
    id: 'outlook',
    title: 'Konfiguracja poczty w programie Outlook',
    keywords: ['IMAP', 'SMTP', 'klient pocztowy', 'e-mail'],
    excerpt: 'Ustawienia serwerów poczty przychodzącej i wychodzącej w Outlooku.',
    body: 'Jeśli Outlook nie pobiera wiadomości albo prosi o hasło, sprawdź ustawienia serwera IMAP i port 993.',
  },
  {
    id: 'invoice',
    title: 'Faktury elektroniczne',
    keywords: ['e-faktura', 'rachunek', 'dokument księgowy'],
    excerpt: 'Gdzie znaleźć faktury i jak zmienić dane do faktury.',
    body: 'Faktury są dostępne w panelu w formacie PDF. Dane nabywcy zmienisz w ustawieniach konta.',
  },
  {
    id: 'sip',
    title: 'Telefon SIP nie rejestruje się',
    keywords: ['rejestracja', 'SIP ALG', 'router', 'Yealink'],
    excerpt: 'Co zrobić, gdy telefon pokazuje brak rejestracji.',
    body: 'Wyłącz SIP ALG w routerze i uruchom telefon ponownie. Sprawdź też, czy konto SIP ma poprawne hasło.',
  },
];
const ids = (query: string, locale: 'pl' | 'en' = 'pl') => rank(ARTICLES, (a) => a, query, locale).map((r) => r.item.id);

describe('knowledge-base search', () => {
  it('folds Polish letters, ł included, and lower-cases', () => {
    assert.equal(fold('Doładowanie ŁĄCZA, Źródło'), 'doladowanie lacza, zrodlo');
  });

  it('gives the forms of a word one stem, in Polish and in English', () => {
    assert.equal(stem('konta', 'pl'), stem('konto', 'pl'));
    assert.equal(stem('poczty', 'pl'), stem('poczta', 'pl'));
    assert.equal(stem('outlooku', 'pl'), 'outlook');
    assert.equal(stem('topping', 'en'), 'top');
    assert.equal(stem('invoices', 'en'), stem('invoice', 'en'));
    assert.notEqual(stem('konta', 'pl'), stem('kontakt', 'pl'));
  });

  it('drops stop words', () => {
    assert.deepEqual(terms('nie działa poczta w Outlooku', 'pl'), ['dzial', 'poczt', 'outlook']);
    assert.deepEqual(terms('How do I top up my account', 'en'), ['top', 'account']);
  });

  it('finds "doladowanie konta" first under "Doładowanie konta", with a full score', () => {
    const [best] = rank(ARTICLES, (a) => a, 'doladowanie konta', 'pl');
    assert.deepEqual([best?.item.id, best?.score], ['topup', 1]);
  });

  it('finds the Outlook article for "nie dziala poczta w outlooku"', () => {
    assert.equal(ids('nie dziala poczta w outlooku')[0], 'outlook');
    assert.equal(ids('Outlook ciągle prosi o hasło do skrzynki')[0], 'outlook');
  });

  it('weighs a title above a body: "telefon" finds the SIP article first', () => {
    assert.equal(ids('telefon')[0], 'sip');
  });

  it('matches the start of a word someone is still typing', () => {
    assert.equal(ids('fakt')[0], 'invoice');
  });

  it('finds nothing for unrelated text or stop words alone, and scores within 0–1', () => {
    assert.deepEqual(ids('Jaka będzie jutro pogoda nad morzem?'), []);
    assert.deepEqual(ids('nie i w to'), []);
    const scores = rank(ARTICLES, (a) => a, 'hasło do poczty i telefonu', 'pl').map((r) => r.score);
    assert.ok(scores.length >= 1 && scores.every((s) => s >= MIN_SCORE && s <= 1));
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });
});
