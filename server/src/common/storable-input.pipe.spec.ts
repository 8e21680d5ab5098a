import { ClaimDeskError } from '@claimdesk/shared';
import { findInputProblem, MAX_INPUT_DEPTH, StorableInputPipe } from './storable-input.pipe';

describe('findInputProblem', () => {
  it('finds nothing wrong with ordinary text, numbers, nulls and emoji', () => {
    expect(findInputProblem({ text: 'Zürich “quoted” 👍', n: 3, none: null, list: ['a', 1] }, '')).toBeNull();
  });

  it('names the field holding U+0000 or a lone surrogate, however deep', () => {
    expect(findInputProblem({ sources: [{ title: 'ok' }, { title: 'a\u0000' }] }, '')).toEqual({
      field: 'sources[1].title',
      problem: 'must not contain the NUL character (U+0000)',
    });
    expect(findInputProblem('\uDC00x', 'id')?.field).toBe('id');
    expect(findInputProblem({ 'bad\u0000key': 1 }, '')?.problem).toMatch(/field name/);
  });

  it('stops at the depth limit without recursion, even for very deep values', () => {
    let value: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) value = [value];
    expect(findInputProblem(value, '')?.problem).toBe(`nests more than ${MAX_INPUT_DEPTH} levels deep`);
  });
});

describe('StorableInputPipe', () => {
  const pipe = new StorableInputPipe();

  it('passes custom parameters (the session user, an uploaded file) through unchecked', () => {
    const file = { buffer: Buffer.from('a\u0000b') };
    expect(pipe.transform(file, { type: 'custom' })).toBe(file);
  });

  it('refuses with VALIDATION_FAILED naming the parameter', () => {
    try {
      pipe.transform('a\u0000b', { type: 'param', data: 'id' });
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimDeskError);
      expect((error as ClaimDeskError).code).toBe('VALIDATION_FAILED');
      expect((error as ClaimDeskError).details).toEqual({
        fields: [{ field: 'id', problems: ['id must not contain the NUL character (U+0000)'] }],
      });
    }
  });
});
