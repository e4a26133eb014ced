import { parseArgs } from 'node:util';
import { RESELLER_KEY } from './http/route.ts';
import { DEMO_CUSTOMERS } from './data/seed.ts';
import { startHttpServer } from './server.ts';

const USAGE = `portico-simulator — the Portico platform, simulated, on 127.0.0.1

Usage: portico-simulator [--port 4010] [--host 127.0.0.1] [--seed 1] [--latency ms] [--fault-rate 0..1] [--session-ttl 900]
                         [--now 2026-11-18T09:00:00Z]

--now starts the simulated clock (and the seeded year of data) at that moment instead of now.`;

/** Runs the simulator's HTTP server until Ctrl-C. */
export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      latency: { type: 'string', default: '0' },
      'fault-rate': { type: 'string', default: '0' },
      'session-ttl': { type: 'string', default: '900' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const numbers = {
    port: Number(values.port),
    seed: Number(values.seed),
    latency: Number(values.latency),
    'fault-rate': Number(values['fault-rate']),
    'session-ttl': Number(values['session-ttl']),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number\n\n${USAGE}`);
  }
  if (numbers['fault-rate'] > 1) throw new Error(`--fault-rate is a share from 0 to 1\n\n${USAGE}`);
  const now = values.now === undefined ? undefined : Date.parse(values.now);
  if (now !== undefined && Number.isNaN(now)) throw new Error(`--now must be a date and time, such as 2026-11-18T09:00:00Z\n\n${USAGE}`);
  const { url, close } = await startHttpServer({
    port: numbers.port,
    host: values.host,
    seed: numbers.seed,
    latency: numbers.latency,
    faultRate: numbers['fault-rate'],
    sessionTtl: numbers['session-ttl'],
    ...(now === undefined ? {} : { now }),
  });
  console.log(`Portico simulator listening on ${url}  (OpenAPI: ${url}/openapi.json)`);
  console.log(`\nTry it — mint a session for the prepaid demo customer, then read the balance:\n`);
  console.log(`  TOKEN=$(curl -s -X POST ${url}/v1/sessions -H 'Authorization: Bearer ${RESELLER_KEY}' \\
      -H 'Content-Type: application/json' -d '{"customerId":"${DEMO_CUSTOMERS.prepaid}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  curl -s ${url}/v1/account/balance -H "Authorization: Bearer $TOKEN"\n`);
  const stop = () => void close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
