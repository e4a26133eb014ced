import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TaskStatus, type Task } from '@lit/task';

/**
 * A widget that leaves the page stops talking to the API: its pending load is aborted (the
 * SDK cancels the request and any retry), and runs again if the widget comes back.
 */
export class AbortOnDisconnect implements ReactiveController {
  #task: Task<readonly unknown[], unknown>;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, task: Task<readonly unknown[], unknown>) {
    this.#task = task;
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#task.status === TaskStatus.PENDING) {
      this.#task.abort();
      this.#interrupted = true;
    }
  }

  hostConnected(): void {
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#task.run();
    }
  }
}
