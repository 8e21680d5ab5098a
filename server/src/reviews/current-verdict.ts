/**
 * Joins each claim `c` to its current verdict `v`: the highest revision. One definition for every read that
 * needs "the verdict under decision" in plain SQL (the review queue, "checked before").
 */
export const CURRENT_VERDICT_JOIN =
  'JOIN verdicts v ON v.claim_id = c.id AND v.revision = (SELECT MAX(v2.revision) FROM verdicts v2 WHERE v2.claim_id = c.id)';
