/**
 * The simulator's time. It runs with the wall clock by default; tests move it forward
 * (`advance`) to expire sessions, book transfers or finish orders without waiting.
 */
export class SimulatorClock {
  #offset: number;

  constructor(start?: Date | number) {
    this.#offset = start === undefined ? 0 : new Date(start).getTime() - Date.now();
  }

  now(): number {
    return Date.now() + this.#offset;
  }

  iso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('advance() takes a non-negative number of milliseconds');
    this.#offset += ms;
  }

  /** Jumps to a moment. */
  set(moment: Date | number): void {
    this.#offset = new Date(moment).getTime() - Date.now();
  }
}
