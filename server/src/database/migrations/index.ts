import { AppMeta1764086400000 } from './1764086400000-app-meta';
import { UsersSessions1764086500000 } from './1764086500000-users-sessions';
import { ArticlesClaims1764086600000 } from './1764086600000-articles-claims';
import { SourcesVerdicts1764086700000 } from './1764086700000-sources-verdicts';
import { AuditComments1764086800000 } from './1764086800000-audit-comments';

/** Every migration in order; a new one is appended here so the list is explicit and reviewable. */
export const MIGRATIONS = [
  AppMeta1764086400000,
  UsersSessions1764086500000,
  ArticlesClaims1764086600000,
  SourcesVerdicts1764086700000,
  AuditComments1764086800000,
];
