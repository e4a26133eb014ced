import type { CustomerRecord } from '../data/world.ts';

/** The language content is asked in: `Accept-Language`, else the customer's own. */
export function localeOf(request: Request, customer: CustomerRecord): 'pl' | 'en' {
  const asked = request.headers.get('accept-language')?.trim().slice(0, 2).toLowerCase();
  return asked === 'pl' || asked === 'en' ? asked : customer.locale;
}
