import * as z from 'zod/mini';

// A page with a Content-Security-Policy that forbids `eval` must never see zod try
// `new Function` (even a caught attempt reports a violation). zod/mini's objects do not
// compile parsers today; the flag keeps it so if that changes, and covers classic zod
// schemas a host page builds with the same zod. zod reads it when a schema is built, so
// every schema of the contract imports `z` from here.
z.config({ jitless: true });

export { z };
