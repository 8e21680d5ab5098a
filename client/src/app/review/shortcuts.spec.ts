import { isShortcutTarget } from './shortcuts';

function keydown(target: HTMLElement, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
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
});
