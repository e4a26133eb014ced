/**
 * What a widget's parts (its dialogs) tell it of a record they saved or deleted, so that its
 * list shows the record as the API returned it, or drops it. A widget names its own events
 * with a subclass and its `static type` (`extensions-change`); they bubble to the widget's box
 * and stop at its shadow root.
 */
export abstract class RecordChangeEvent<T> extends Event {
  constructor(
    readonly record: T,
    readonly created: boolean,
  ) {
    super((new.target as unknown as { type: string }).type, { bubbles: true });
  }
}

/** A record was deleted here: the widget's list drops it. */
export abstract class RecordRemoveEvent extends Event {
  constructor(readonly id: string) {
    super((new.target as unknown as { type: string }).type, { bubbles: true });
  }
}
