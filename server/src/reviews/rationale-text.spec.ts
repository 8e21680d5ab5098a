import { rationaleText } from './rationale-text';

describe('rationaleText', () => {
  it('drops emphasis and code marks, keeping the words', () => {
    expect(rationaleText('Matches the **official** figures, _roughly_, per `table 3`.')).toBe(
      'Matches the official figures, roughly, per table 3.',
    );
  });

  it('keeps paragraphs apart and joins the lines of one paragraph', () => {
    expect(rationaleText('First line\nsame paragraph.\n\nSecond paragraph.')).toBe(
      'First line same paragraph.\n\nSecond paragraph.',
    );
  });

  it('writes list items with a bullet or their number', () => {
    expect(rationaleText('Sources:\n\n- one\n- two\n\n3. third\n4. fourth')).toBe(
      'Sources:\n\n• one\n• two\n3. third\n4. fourth',
    );
  });

  it('shows where a link goes unless its text is the address', () => {
    expect(rationaleText('See [the report](https://stats.example.org/r) and https://example.org/x.')).toBe(
      'See the report (https://stats.example.org/r) and https://example.org/x.',
    );
  });

  it('keeps typed HTML as text, as the screen does', () => {
    expect(rationaleText('<script>alert(1)</script> stays **text**')).toBe(
      '<script>alert(1)</script> stays text',
    );
  });

  it('turns headings and quotes into plain paragraphs', () => {
    expect(rationaleText('# Finding\n\n> The minister said so.')).toBe(
      'Finding\n\n    The minister said so.',
    );
  });
});
