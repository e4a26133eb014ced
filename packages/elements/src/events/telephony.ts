import type { Extension, HuntGroup } from '@portico/sdk/telephony';

/** An extension was added (`created`) or changed: its number, line, pickup group, recorded name. */
export class PorticoExtensionSavedEvent extends CustomEvent<{ extension: Extension; created: boolean }> {
  static readonly type = 'portico-extension-saved';
  constructor(extension: Extension, created: boolean) {
    super(PorticoExtensionSavedEvent.type, { bubbles: true, composed: true, detail: { extension, created } });
  }
}

/** An extension was deleted; `leftHuntGroups` are the ids of the hunt groups it left with it. */
export class PorticoExtensionDeletedEvent extends CustomEvent<{ id: string; number: string; leftHuntGroups: string[] }> {
  static readonly type = 'portico-extension-deleted';
  constructor(id: string, number: string, leftHuntGroups: string[]) {
    super(PorticoExtensionDeletedEvent.type, { bubbles: true, composed: true, detail: { id, number, leftHuntGroups } });
  }
}

/** A hunt group was added (`created`) or changed. */
export class PorticoHuntGroupSavedEvent extends CustomEvent<{ huntGroup: HuntGroup; created: boolean }> {
  static readonly type = 'portico-hunt-group-saved';
  constructor(huntGroup: HuntGroup, created: boolean) {
    super(PorticoHuntGroupSavedEvent.type, { bubbles: true, composed: true, detail: { huntGroup, created } });
  }
}

/** A hunt group was deleted; its members stay extensions. */
export class PorticoHuntGroupDeletedEvent extends CustomEvent<{ id: string; number: string }> {
  static readonly type = 'portico-hunt-group-deleted';
  constructor(id: string, number: string) {
    super(PorticoHuntGroupDeletedEvent.type, { bubbles: true, composed: true, detail: { id, number } });
  }
}

/** These events by name; on elements, and on the document they bubble up to. */
export interface ExtensionsEventMap {
  'portico-extension-saved': PorticoExtensionSavedEvent;
  'portico-extension-deleted': PorticoExtensionDeletedEvent;
  'portico-hunt-group-saved': PorticoHuntGroupSavedEvent;
  'portico-hunt-group-deleted': PorticoHuntGroupDeletedEvent;
}

declare global {
  interface HTMLElementEventMap extends ExtensionsEventMap {}
  interface DocumentEventMap extends ExtensionsEventMap {}
}
