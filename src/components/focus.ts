/**
 * The one rule for focus after an action: focus goes to the thing that appeared (a form, a
 * confirmation, an error summary, a new row), or, when what the person acted on went away, to the
 * element the action names instead. Never to the page body.
 *
 * Focus moves by id; if the element is rendered by a store update that lands a little later, a
 * few more frames are tried.
 */
export function focusById(id: string, tries = 10): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusById(id, tries - 1));
}
