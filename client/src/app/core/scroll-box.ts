/**
 * The nearest ancestor that scrolls on its own (overflow auto or scroll), below the page itself; null when only
 * the page scrolls, as in the single-column layout on a phone.
 */
export function ownScrollBox(element: Element): HTMLElement | null {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'auto' || overflowY === 'scroll') return box;
  }
  return null;
}
