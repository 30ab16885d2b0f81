/**
 * Events a user's action produces: every one the panel acts on. A page script can reach an open
 * shadow root and call `button.click()` or dispatch its own events; those are not the user's, and
 * must not save a "Wrong show?" correction of the page's choosing (issue 11, finding 8).
 */
export const USER_EVENT_TYPES = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

const guarded = new WeakSet<EventTarget>();

/**
 * Stops every untrusted user event (`isTrusted` false: made by a script, not the browser) at `root`,
 * in the capture phase, before it reaches any of the panel's handlers. Once per root, however often
 * it is called (the panel remounts into the same shadow root). Returns the undo.
 */
export function ignoreUntrustedEvents(root: EventTarget): () => void {
  if (guarded.has(root)) return () => {};
  guarded.add(root);
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of USER_EVENT_TYPES) root.addEventListener(type, stop, { capture: true });
  return () => {
    guarded.delete(root);
    for (const type of USER_EVENT_TYPES) root.removeEventListener(type, stop, { capture: true });
  };
}
