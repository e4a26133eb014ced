// `node --import ./test/support/fixed-clock-node.mjs`: starts the clock at the run's moment
// (PORTICO_TEST_NOW, or the default one when a test file is run on its own) before any test
// module loads, and leaves that moment in the environment for the processes a test starts.
import { testTime, testTimeEnv } from '../../scripts/test-time.mjs';
import { startClockAt } from './fixed-clock.js';

const time = testTime();
Object.assign(process.env, testTimeEnv(time));
startClockAt(time.now);
