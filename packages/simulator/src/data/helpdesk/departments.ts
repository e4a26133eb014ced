import type { DepartmentRecord } from './records.ts';

/** The demo provider's support teams and the people who answer for them. */
export function seedDepartments(): DepartmentRecord[] {
  return [
    {
      id: 'dep_technical',
      name: { pl: 'Dział techniczny', en: 'Technical support' },
      description: {
        pl: 'Awarie i konfiguracja usług: telefony SIP, centrala, karty SIM, poczta, strony WWW i serwery.',
        en: 'Outages and service set-up: SIP phones, the PBX, SIM cards, e-mail, websites and servers.',
      },
      agents: ['Magdalena Kwiatkowska', 'Bartosz Jankowski'],
      answeredBySimulator: true,
    },
    {
      id: 'dep_billing',
      name: { pl: 'Dział rozliczeń', en: 'Billing' },
      description: {
        pl: 'Faktury, płatności, doładowania, korekty i dane do faktury.',
        en: 'Invoices, payments, top-ups, corrections and invoice details.',
      },
      agents: ['Joanna Sadowska', 'Robert Wieczorek'],
      answeredBySimulator: true,
    },
    {
      id: 'dep_sales',
      name: { pl: 'Dział sprzedaży', en: 'Sales' },
      description: {
        pl: 'Nowe usługi, zmiana oferty, dodatkowe numery i cenniki.',
        en: 'New services, changes of plan, extra numbers and price lists.',
      },
      // A salesperson writes each offer by hand: the simulator never answers for sales.
      agents: ['Aleksandra Dąbrowska'],
      answeredBySimulator: false,
    },
  ];
}
