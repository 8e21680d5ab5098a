import { AppMeta1764086400000 } from './1764086400000-app-meta';

/** Every migration in order; a new one is appended here so the list is explicit and reviewable. */
export const MIGRATIONS = [AppMeta1764086400000];
