/**
 * A form's draft in the browser's storage, so that a reload or a failed submit loses
 * nothing. Storage may be off (private windows, policies): then drafts simply do not last.
 */
export function loadDraft<T>(key: string): Partial<T> | undefined {
  try {
    const text = localStorage.getItem(key);
    const value: unknown = text ? JSON.parse(text) : undefined;
    return value && typeof value === 'object' ? (value as Partial<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or off: the form still works, the draft just does not outlive the page.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear where nothing could be kept.
  }
}
