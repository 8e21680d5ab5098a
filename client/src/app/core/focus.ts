import { afterNextRender, type Injector } from '@angular/core';

/** Somewhere keyboard focus can go back to: still in the page and not disabled. */
export function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    element !== element.ownerDocument.body &&
    !element.matches(':disabled') &&
    !element.closest('[inert]')
  );
}

/**
 * After an action, keyboard users carry on from where they acted: the control they used (`before`) if it is
 * still there and usable, else `fallback`. A control that disappears or is disabled while the request runs
 * leaves focus on the page body, so the next Tab would start again at the top. Focus a person moved
 * elsewhere meanwhile stays where they put it.
 */
export function restoreFocus(before: Element | null, fallback: () => HTMLElement | null | undefined): void {
  const active = document.activeElement;
  if (active && active !== document.body && active !== before && active.isConnected) return;
  if (canTakeFocus(before)) {
    before.focus();
    return;
  }
  fallback()?.focus();
}

/** `restoreFocus` once Angular has rendered what the action changed. */
export function restoreFocusAfterRender(
  injector: Injector,
  before: Element | null,
  fallback: () => HTMLElement | null | undefined,
): void {
  afterNextRender(() => restoreFocus(before, fallback), { injector });
}

/** Focuses an element once rendered (a form that just opened, a heading that just appeared). */
export function focusAfterRender(injector: Injector, target: () => HTMLElement | null | undefined): void {
  afterNextRender(() => target()?.focus(), { injector });
}
