import { createHash } from 'node:crypto';

/** prev_hash of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers, exactly as stored. */
export interface HashedFields {
  seq: number;
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  articleId: string | null;
  claimId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  createdAt: string;
  prevHash: string;
}

/**
 * SHA-256 over a fixed-order JSON array of the stored fields plus the previous hash. An array (not an
 * object) so the serialisation cannot depend on key order; `seq` is coerced because PostgreSQL drivers may
 * hand integers back as strings.
 */
export function entryHash(fields: HashedFields): string {
  const canonical = JSON.stringify([
    'claimdesk-audit-v1',
    Number(fields.seq),
    fields.id,
    fields.actorId,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.articleId,
    fields.claimId,
    fields.beforeJson,
    fields.afterJson,
    fields.createdAt,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every depth, so the same snapshot always gives the same text (and hash).
 * Dates become ISO strings; undefined means "no snapshot" (null column).
 */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined) return null;
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, sortKeys(record[key])]),
    );
  }
  return value;
}
