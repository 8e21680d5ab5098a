import type { ClaimDto } from '@claimdesk/shared';

/** A run of article text: plain, or covered by a claim (the innermost one where claims overlap). */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  claim: ClaimDto | null;
}

/**
 * Cuts the article into runs at every claim boundary, so the template can render each run as a text node
 * (plain) or a <mark> (claim). Nothing is parsed as HTML; offsets are the server's UTF-16 indices.
 * O((n + c) log c) for c claims.
 */
export function buildSegments(text: string, claims: readonly ClaimDto[]): TextSegment[] {
  const valid = claims.filter(
    (claim) => claim.start >= 0 && claim.end <= text.length && claim.start < claim.end,
  );
  const boundaries = new Set<number>([0, text.length]);
  for (const claim of valid) {
    boundaries.add(claim.start);
    boundaries.add(claim.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: ClaimDto[] = [];
  const segments: TextSegment[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    while (next < byStart.length && byStart[next].start <= start) open.push(byStart[next++]);
    // Claims that ended before this run no longer cover it.
    for (let j = open.length - 1; j >= 0; j--) if (open[j].end <= start) open.splice(j, 1);
    segments.push({ start, end, text: text.slice(start, end), claim: innermost(open) });
  }
  return segments;
}

function innermost(open: readonly ClaimDto[]): ClaimDto | null {
  let best: ClaimDto | null = null;
  for (const claim of open) {
    if (!best || claim.end - claim.start < best.end - best.start) best = claim;
  }
  return best;
}

/** The article offset of a DOM position inside the rendered text, or null when it is outside. */
export function offsetOf(node: Node | null, offsetInNode: number, root: HTMLElement): number | null {
  if (!node || !root.contains(node)) return null;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>('[data-start]');
  if (!run || !root.contains(run)) return null;
  const start = Number(run.dataset['start']);
  if (node.nodeType === Node.TEXT_NODE) return start + offsetInNode;
  // An element position: offsetInNode counts child nodes, so 0 is the run's start and anything else its end.
  return offsetInNode === 0 ? start : start + (run.textContent?.length ?? 0);
}

/** `[data-claim="…"]` for a claim id, quoted safely (jsdom lacks CSS.escape). */
export function claimSelector(id: string): string {
  return `[data-claim="${id.replace(/["\\]/g, '\\$&')}"]`;
}
