/**
 * Ctrl+Enter (⌘+Enter on a Mac) in a message field sends its form, as mail and helpdesk
 * apps do; the field says so with `aria-keyshortcuts`.
 */
export const SUBMIT_SHORTCUT = 'Control+Enter Meta+Enter';

export function submitOnShortcut(event: KeyboardEvent): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
  event.preventDefault();
  (event.target as HTMLTextAreaElement).form?.requestSubmit();
}
