import { randomUUID } from 'node:crypto';
import {
  VERDICT_RATINGS,
  type ClaimState,
  type ClaimType,
  type Role,
  type VerdictRating,
} from '@claimdesk/shared';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Article } from '../../src/articles/article.entity';
import { Claim } from '../../src/claims/claim.entity';
import { Verdict } from '../../src/reviews/verdict.entity';
import { ClaimSource } from '../../src/sources/claim-source.entity';
import { SourceDocument } from '../../src/sources/source-document.entity';
import { UserEntity } from '../../src/users/user.entity';

/*
 * Seeds exportable data straight into the tables, bypassing the workflow API: thousands of approved claims
 * in seconds for streaming tests and the export bench. Rows look exactly like the workflow leaves them
 * (an approved claim has an approved current verdict citing its sources).
 */

export interface SeedPeople {
  checkerId: string;
  editorId: string;
}

export interface SourceSeed {
  url: string | null;
  title: string;
  archiveUrl?: string | null;
  /** Removed after the verdict was submitted: still cited by it, no longer attached. */
  removed?: boolean;
}

export interface ClaimSeed {
  text?: string;
  checkedText?: string | null;
  speaker?: string | null;
  type?: ClaimType;
  state?: ClaimState;
  /** Omitted: a rating is chosen for states that have a verdict; null: no verdict at all. */
  rating?: VerdictRating | null;
  rationale?: string;
  sources?: SourceSeed[];
  approvedAt?: string;
  checkerId?: string;
  /** Earlier verdict revisions to write below the current one (their ratings must never be exported). */
  earlierRatings?: VerdictRating[];
}

export interface SeededArticle {
  article: Article;
  claimIds: string[];
}

const STATES_WITH_VERDICT: readonly ClaimState[] = ['in_review', 'changes_requested', 'approved'];
const CHUNK = 400;

/** A checker and an editor inserted directly (no password hashing); for the bench and bulk seeds. */
export async function seedPeople(dataSource: DataSource): Promise<SeedPeople> {
  const person = (role: Role, name: string): UserEntity =>
    Object.assign(new UserEntity(), {
      id: randomUUID(),
      email: `${role}-${randomUUID().slice(0, 8)}@seed.claimdesk.local`,
      displayName: name,
      role,
      passwordHash: 'not-a-hash',
      active: true,
      createdAt: new Date(),
      updatedAt: new Date(),
      deactivatedAt: null,
    });
  const checker = person('checker', 'Seed Checker');
  const editor = person('editor', 'Seed Editor');
  await dataSource.getRepository(UserEntity).insert([checker, editor]);
  return { checkerId: checker.id, editorId: editor.id };
}

/** One article with the given claims, in that order, in one transaction. */
export async function seedArticle(
  dataSource: DataSource,
  people: SeedPeople,
  article: Partial<Article>,
  claims: ClaimSeed[],
): Promise<SeededArticle> {
  return dataSource.transaction((manager) => insertArticle(manager, people, article, claims));
}

/**
 * `count` approved claims over articles of `perArticle` claims, every rating in turn, each with two sources
 * from a shared pool of documents, approved on consecutive days from `firstApproval`.
 */
export async function seedApprovedClaims(
  dataSource: DataSource,
  people: SeedPeople,
  count: number,
  options: { perArticle?: number; firstApproval?: string } = {},
): Promise<SeededArticle[]> {
  const perArticle = options.perArticle ?? 100;
  const first = Date.parse(options.firstApproval ?? '2026-01-01T12:00:00.000Z');
  const pool = Array.from({ length: 50 }, (_, i) => ({
    url: `https://stats.example.org/table/${i}`,
    title: `Table ${i}`,
  }));
  const seeded: SeededArticle[] = [];
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < count; start += perArticle) {
      const claims = Array.from({ length: Math.min(perArticle, count - start) }, (_, i): ClaimSeed => {
        const n = start + i;
        return {
          text: `Claim number ${n} says the figure rose by ${n % 97} percent, "quoted", and more.`,
          speaker: n % 3 === 0 ? null : `Speaker ${n % 17}`,
          state: 'approved',
          rating: VERDICT_RATINGS[n % VERDICT_RATINGS.length],
          rationale: `Rationale for claim ${n}: the record shows otherwise, see the sources.`,
          sources: [pool[n % pool.length], pool[(n * 7 + 3) % pool.length]],
          approvedAt: new Date(first + (n % 365) * 86_400_000).toISOString(),
        };
      });
      seeded.push(
        await insertArticle(manager, people, { title: `Bench article ${start / perArticle}` }, claims),
      );
    }
  });
  return seeded;
}

async function insertArticle(
  manager: EntityManager,
  people: SeedPeople,
  overrides: Partial<Article>,
  seeds: ClaimSeed[],
): Promise<SeededArticle> {
  const now = new Date().toISOString();
  const article = Object.assign(new Article(), {
    id: randomUUID(),
    title: 'Seeded article',
    outlet: 'The Seed Gazette',
    author: 'Sam Reporter',
    url: 'https://news.example.com/seeded',
    publishedAt: '2026-01-01T08:00:00.000Z',
    importedBy: people.editorId,
    importedAt: now,
    ...overrides,
  });
  const claimTexts = seeds.map((seed, i) => seed.text ?? `Seeded claim ${i + 1}.`);
  article.text ??= claimTexts.join(' ');
  await manager.insert(Article, article);

  const documents = await documentsFor(manager, people, seeds);
  const claims: Claim[] = [];
  const claimSources: ClaimSource[] = [];
  const verdicts: Verdict[] = [];
  let offset = 0;
  seeds.forEach((seed, i) => {
    const text = claimTexts[i];
    const state = seed.state ?? 'approved';
    const claim = Object.assign(new Claim(), {
      id: randomUUID(),
      articleId: article.id,
      text,
      checkedText: seed.checkedText ?? null,
      start: offset,
      end: offset + text.length,
      score: 0.8,
      type: seed.type ?? 'quantity',
      speaker: seed.speaker === undefined ? 'Seed Speaker' : seed.speaker,
      quoted: false,
      state,
      origin: 'manual',
      assigneeId: seed.checkerId ?? people.checkerId,
      dismissReason: state === 'dismissed' ? 'Opinion' : null,
      createdBy: people.checkerId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    offset += text.length + 1;
    claims.push(claim);
    const sources = (seed.sources ?? []).map((source) =>
      Object.assign(new ClaimSource(), {
        id: randomUUID(),
        claimId: claim.id,
        documentId: documents.get(documentKey(source))!,
        excerpt: null,
        stance: 'supports',
        accessedAt: null,
        archiveUrl: source.archiveUrl ?? null,
        note: 'Internal note: call them back',
        createdBy: people.checkerId,
        createdAt: now,
        updatedAt: now,
        removedAt: source.removed ? now : null,
        removedBy: source.removed ? people.checkerId : null,
      }),
    );
    claimSources.push(...sources);
    const rating =
      seed.rating === undefined ? (STATES_WITH_VERDICT.includes(state) ? 'false' : null) : seed.rating;
    if (rating === null) return;
    const earlier = seed.earlierRatings ?? [];
    [...earlier, rating].forEach((revisionRating, index) => {
      const current = index === earlier.length;
      const approved = current && state === 'approved';
      verdicts.push(
        Object.assign(new Verdict(), {
          id: randomUUID(),
          claimId: claim.id,
          revision: index + 1,
          rating: revisionRating,
          rationale: current ? (seed.rationale ?? 'Seeded rationale.') : 'An earlier draft rationale.',
          sourceIds: sources.map((source) => source.id),
          authorId: seed.checkerId ?? people.checkerId,
          createdAt: now,
          approvedBy: approved ? people.editorId : null,
          approvedAt: approved ? (seed.approvedAt ?? now) : null,
          changesRequestedBy: current ? null : people.editorId,
          changesRequestedAt: current ? null : now,
          changesRequestedReason: current ? null : 'Needs another source',
          reopenedBy: null,
          reopenedAt: null,
          reopenReason: null,
        }),
      );
    });
  });
  await insertChunked(manager, Claim, claims);
  await insertChunked(manager, ClaimSource, claimSources);
  await insertChunked(manager, Verdict, verdicts);
  return { article, claimIds: claims.map((claim) => claim.id) };
}

function documentKey(source: SourceSeed): string {
  return source.url ?? `untitled:${source.title}`;
}

/** Source documents are shared per URL (unique); reuse those already stored. */
async function documentsFor(
  manager: EntityManager,
  people: SeedPeople,
  seeds: ClaimSeed[],
): Promise<Map<string, string>> {
  const wanted = new Map<string, SourceSeed>();
  for (const source of seeds.flatMap((seed) => seed.sources ?? [])) wanted.set(documentKey(source), source);
  const urls = [...wanted.values()].flatMap((source) => (source.url ? [source.url] : []));
  const ids = new Map<string, string>();
  for (let i = 0; i < urls.length; i += CHUNK) {
    const existing = await manager.find(SourceDocument, { where: { url: In(urls.slice(i, i + CHUNK)) } });
    for (const document of existing) ids.set(document.url!, document.id);
  }
  const now = new Date().toISOString();
  const created = [...wanted.entries()]
    .filter(([key]) => !ids.has(key))
    .map(([key, source]) => {
      const document = Object.assign(new SourceDocument(), {
        id: randomUUID(),
        url: source.url,
        title: source.title,
        publisher: null,
        kind: 'official_statistics',
        createdBy: people.checkerId,
        createdAt: now,
        updatedAt: now,
      });
      ids.set(key, document.id);
      return document;
    });
  await insertChunked(manager, SourceDocument, created);
  return ids;
}

async function insertChunked<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
  }
}
