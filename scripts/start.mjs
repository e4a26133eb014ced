// `npm start`: the Portico simulator on 127.0.0.1, with a working example to try.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = process.env.PORT ?? '4010';
const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', 'packages/simulator/bin/portico-simulator.js', '--port', port, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
