import type { ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode; readonly shadowRoot: ShadowRoot | null };

/** What the helpers below use of a widget's `PagedList` of numbered records. */
interface RecordPages<T, P extends { data: T[] }> {
  readonly items: T[];
  update(change: (page: P) => P): void;
  refresh(): Promise<void>;
  more(): Promise<number | undefined>;
}

/** A record's row, by its Edit button (`data-edit`). */
const rowOf = (host: Host, id: string) => host.renderRoot.querySelector<HTMLElement>(`[data-edit="${CSS.escape(id)}"]`);

/**
 * A record saved in one of the widget's dialogs, shown in its list: a change in its row at once;
 * a new record, or one whose number changed, where the list's own order puts it — the list comes
 * again, its rows staying meanwhile. A row that moved loses focus, and the empty list's add
 * button goes: focus then goes to the record's row.
 */
export function showSaved<T extends { id: string; number: string }, P extends { data: T[] }>(host: Host, list: RecordPages<T, P>, record: T, created: boolean): void {
  const shown = list.items.find((item) => item.id === record.id);
  if (!created) list.update((page) => ({ ...page, data: page.data.map((item) => (item.id === record.id ? record : item)) }));
  if (!created && (!shown || shown.number === record.number)) return;
  void list
    .refresh()
    .then(() => host.updateComplete)
    .then(() => {
      if (!host.shadowRoot?.activeElement) rowOf(host, record.id)?.focus();
    });
}

/** "Show more": the next records come, and keyboard users go on where they begin. */
export async function showMoreRecords(host: Host, list: { more(): Promise<number | undefined> }): Promise<void> {
  const first = await list.more();
  if (first === undefined) return;
  await host.updateComplete;
  host.renderRoot.querySelectorAll<HTMLElement>('[data-edit]')[first]?.focus();
}
