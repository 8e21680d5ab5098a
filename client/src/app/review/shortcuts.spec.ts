import { isShortcutTarget } from './shortcuts';

function keydown(target: HTMLElement, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

/** An element placed inside a fresh container made from `html`, found by `selector`. */
function inside(html: string, selector: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container.querySelector<HTMLElement>(selector)!;
}

describe('isShortcutTarget', () => {
  it('takes single keys on the page and on buttons', () => {
    expect(isShortcutTarget(keydown(document.body))).toBe(true);
    expect(isShortcutTarget(keydown(document.createElement('button')))).toBe(true);
  });

  it.each(['input', 'textarea', 'select'])('leaves typing in a %s alone', (tag) => {
    expect(isShortcutTarget(keydown(document.createElement(tag)))).toBe(false);
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(isShortcutTarget(keydown(document.body, { ctrlKey: true }))).toBe(false);
    expect(isShortcutTarget(keydown(document.body, { metaKey: true }))).toBe(false);
  });

  it('leaves keys alone anywhere inside a form being filled in, such as a reason to dismiss', () => {
    const cancel = inside(
      '<form class="reason"><textarea></textarea><button type="button">Cancel</button></form>',
      'button',
    );
    expect(isShortcutTarget(keydown(cancel))).toBe(false);
  });

  it('leaves keys alone inside a dialog, and in editable text', () => {
    expect(
      isShortcutTarget(keydown(inside('<div role="dialog"><button>Close</button></div>', 'button'))),
    ).toBe(false);
    expect(isShortcutTarget(keydown(inside('<dialog open><p tabindex="0">Hi</p></dialog>', 'p')))).toBe(
      false,
    );
    const editable = inside('<div contenteditable="true"><span>text</span></div>', 'div');
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isShortcutTarget(keydown(editable))).toBe(false);
  });
});
