// Starts this JavaScript realm's clock at the test run's moment and lets it run on from there:
// `Date.now()` and `new Date()` read the run's time, every other use of Date is untouched.
// Timers are real; what a test must not wait for, it moves with the simulator's clock.
// Loaded before anything else: in Node by `--import` (test/support/fixed-clock-node.mjs),
// in the browser as the first script of the test page, the demo and Storybook runs.

/** @param {number} now the run's moment, in ms since the epoch */
export function startClockAt(now) {
  const RealDate = globalThis.Date;
  if (RealDate.porticoTestClock) return;
  const offset = now - RealDate.now();
  class Date extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
    // A date made before, or in another realm, is still a Date.
    static [Symbol.hasInstance](value) {
      return value instanceof RealDate;
    }
  }
  Object.defineProperty(Date, 'porticoTestClock', { value: true });
  // `Date()` called as a function gives the time as text.
  globalThis.Date = new Proxy(Date, { apply: () => new Date().toString() });
}
