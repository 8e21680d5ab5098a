import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { fieldProblem } from './errors/field-problem';
import { hasLoneSurrogate } from './unicode-text';

/** No ClaimDesk request nests deeper; class-transformer walks nested objects recursively until the stack runs out. */
export const MAX_INPUT_DEPTH = 32;

/** What is wrong with one string for storage, or null. */
function textProblem(text: string): string | null {
  // PostgreSQL cannot store U+0000 in text at all, and SQLite would keep it while PostgreSQL refuses it: one rule.
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  // A lone surrogate is not Unicode text: it cannot be encoded as UTF-8 for either database or the response.
  if (hasLoneSurrogate(text)) return 'must be valid Unicode text (it contains a lone surrogate)';
  return null;
}

interface Problem {
  field: string;
  problem: string;
}

function fieldName(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The first problem in a parsed value (walked without recursion, so depth cannot overflow the stack). */
export function findInputProblem(value: unknown, root: string): Problem | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const field = next.field === '' ? 'body' : next.field;
    if (typeof next.value === 'string') {
      const problem = textProblem(next.value);
      if (problem !== null) return { field, problem };
    } else if (next.value !== null && typeof next.value === 'object') {
      if (next.depth >= MAX_INPUT_DEPTH)
        return { field, problem: `nests more than ${MAX_INPUT_DEPTH} levels deep` };
      const entries: [string | number, unknown][] = Array.isArray(next.value)
        ? next.value.map((item, index): [number, unknown] => [index, item])
        : Object.entries(next.value);
      for (let k = entries.length - 1; k >= 0; k--) {
        const [key, item] = entries[k];
        const itemField = fieldName(next.field, key);
        if (typeof key === 'string') {
          const problem = textProblem(key);
          if (problem !== null) return { field: itemField, problem: `(a field name) ${problem}` };
        }
        pending.push({ value: item, field: itemField, depth: next.depth + 1 });
      }
    }
  }
  return null;
}

/**
 * Runs before validation on every body, query and path parameter: text either database could not keep the same
 * way (U+0000, lone surrogates) and absurdly deep JSON get a 400 naming the field instead of a 500 from
 * PostgreSQL, a URI encoder or a stack overflow.
 */
export class StorableInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // Custom parameters (the signed-in user, an uploaded file) are the server's own, not client text.
    if (metadata.type === 'custom') return value;
    const found = findInputProblem(value, metadata.data ?? '');
    if (found === null) return value;
    // Worded like class-validator's messages, which name their property: "reason must not contain …".
    throw fieldProblem(found.field, `${found.field} ${found.problem}`);
  }
}
