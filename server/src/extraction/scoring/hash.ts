/** 32-bit FNV-1a over UTF-16 code units, seeded so feature families do not collide systematically. */
export function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Combines two hashes into one (for n-grams of hashed tokens). */
export function mix(a: number, b: number, seed: number): number {
  let h = Math.imul(a ^ seed, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
