/**
 * A `blur` listener for "the user left this field" — to show its error from then on. Chromium
 * also fires `blur` on a focused field that a render takes off the page (a form replaced by
 * its result); that blur is not the user's and is ignored, so it neither marks a field of a
 * finished form as touched nor changes the widget in the middle of its update.
 */
export const leftField =
  (handler: (field: HTMLElement) => void) =>
  (event: FocusEvent): void => {
    const field = event.target as HTMLElement;
    queueMicrotask(() => {
      if (field.isConnected) handler(field);
    });
  };
