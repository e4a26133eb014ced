// `npm start`: the demo portal — a reseller's page embedding the widgets — on the simulator.
// PORT and API_PORT choose the ports (4000 and 4010 by default).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'demo/server.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
