/**
 * A claim `c`'s current verdict `v` is its highest revision. One definition for every read that needs "the
 * verdict under decision" (the review queue, "checked before", exports).
 */
export const CURRENT_VERDICT_CONDITION =
  'v.claim_id = c.id AND v.revision = (SELECT MAX(v2.revision) FROM verdicts v2 WHERE v2.claim_id = c.id)';

/** Joins each claim `c` to its current verdict `v`, in plain SQL. */
export const CURRENT_VERDICT_JOIN = `JOIN verdicts v ON ${CURRENT_VERDICT_CONDITION}`;
