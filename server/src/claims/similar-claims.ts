/**
 * "Checked before": how alike two claims read, for finding an earlier fact-check of a claim that comes round
 * again ("Crime fell 10% last year" in March, "crime is down ten per cent" in May). Plain TypeScript, no
 * database: the service hands it the candidates.
 *
 * Each claim becomes a bag of terms (words without their function words, plural or possessive endings, and
 * numbers as written), weighted TF-IDF over the candidates, and two claims are as alike as the cosine of
 * their weights. Rare shared words (a name, a figure) count for much more than common ones.
 */

/** Words that carry no claim of their own: sharing them makes two sentences no more alike. */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about as into onto over under ' +
    'than then that this these those there here is are was were be been being am do does did done have has ' +
    "had having will would shall should can could may might must it its it’s it's he she they them their " +
    'his her hers him we us our you your i me my mine which who whom whose what when where why how not no ' +
    'all any some more most such very just also only even still again if because while during after before ' +
    'said says say told according up down out off per cent percent'
  ).split(/\s+/),
);

/** The terms of a text with their counts. Digits stay as written (3.1, 2024), a thousands comma dropped. */
export function claimTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .match(/\d[\d,]*(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu);
  for (const word of words ?? []) {
    const term = /^\d/.test(word) ? word.replace(/,(?=\d{3}\b)/g, '') : stem(word);
    if (term.length < 2 && !/^\d/.test(term)) continue;
    if (FUNCTION_WORDS.has(term) || FUNCTION_WORDS.has(word)) continue;
    terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return terms;
}

/** Possessive and plural endings off, so "Putin's" meets "Putin" and "tariffs" meets "tariff". */
function stem(word: string): string {
  const bare = word.replace(/['’]s$/u, '');
  if (bare.length > 4 && bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss') && !bare.endsWith('us')) {
    return bare.slice(0, -1);
  }
  return bare;
}

export interface Candidate<T> {
  text: string;
  item: T;
  /** claimTerms(text), when the caller keeps them from an earlier call. */
  terms?: Map<string, number>;
}

export interface Ranked<T> {
  item: T;
  /** Cosine of the two TF-IDF vectors, 0 (nothing in common) to 1 (the same terms in the same proportions). */
  similarity: number;
}

/**
 * The candidates most like `text`, best first: at most `limit`, each at least `minSimilarity` alike. Ties
 * keep the candidates' order, so the caller decides (e.g. most recent first).
 */
export function rankSimilar<T>(
  text: string,
  candidates: readonly Candidate<T>[],
  limit: number,
  minSimilarity: number,
): Ranked<T>[] {
  const target = claimTerms(text);
  if (target.size === 0 || candidates.length === 0) return [];
  const bags = candidates.map((candidate) => candidate.terms ?? claimTerms(candidate.text));
  const documents = bags.length + 1;
  const documentFrequency = new Map<string, number>();
  for (const bag of [target, ...bags]) {
    for (const term of bag.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const idf = (term: string) => Math.log((documents + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const targetWeights = weigh(target, idf);
  const targetNorm = norm(targetWeights);
  const ranked: Ranked<T>[] = [];
  bags.forEach((bag, index) => {
    let dot = 0;
    for (const [term, count] of bag) {
      const weight = targetWeights.get(term);
      if (weight !== undefined) dot += weight * count * idf(term);
    }
    if (dot === 0) return;
    const similarity = dot / (targetNorm * norm(weigh(bag, idf)));
    if (similarity >= minSimilarity) ranked.push({ item: candidates[index]!.item, similarity });
  });
  // Array.prototype.sort is stable, so equal scores keep the candidates' order.
  return ranked.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}

function weigh(bag: Map<string, number>, idf: (term: string) => number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [term, count] of bag) weights.set(term, count * idf(term));
  return weights;
}

function norm(weights: Map<string, number>): number {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  return Math.sqrt(sum);
}
