import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The one rule for focus after an action: focus goes to the thing that appeared (a form, a
 * confirmation, an error summary, a new row), or, when what the person acted on went away, to the
 * element the action names instead. Never to the page body.
 *
 * The returned function names the element by id; focus moves right after the next render, in the
 * same frame. If the element is rendered by a store update that lands a little later, a few more
 * frames are tried.
 */
export function useFocusAfter(): (id: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useLayoutEffect(() => {
    if (target) focusById(target.id);
  }, [target]);
  return (id: string) => setTarget({ id });
}

export function focusById(id: string, tries = 10): void {
  const element = document.getElementById(id);
  if (element) {
    element.focus();
    return;
  }
  if (tries > 0) requestAnimationFrame(() => focusById(id, tries - 1));
}
