/**
 * The reseller whose platform this is: the brand its customers see. Everything the platform
 * says in a reseller's name — the payee of a bank transfer, the address for payment
 * confirmations, the host names in its knowledge base, announcements and downloads — is this
 * reseller's, never Portico's (Portico is the kit the reseller builds its portal with).
 */
export const RESELLER = {
  name: 'Fiberlink',
  legalName: 'Fiberlink sp. z o.o.',
  address: 'ul. Prosta 20, 00-850 Warszawa',
  /** Its tax identification number (NIP), printed on its invoices. */
  taxId: '525-281-24-73',
  /** Its own domain: host names (`sip.…`, `mail.…`) and e-mail addresses are under it. */
  domain: 'fiberlink.example',
  iban: 'PL61 1090 1014 0000 0712 1981 2874',
  paymentsEmail: 'platnosci@fiberlink.example',
};
