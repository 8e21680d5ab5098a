import { Routes } from '@angular/router';

// Each feature is its own lazy chunk; the shell (layout + health footer) is all that loads up front.
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'articles' },
  {
    path: 'articles',
    title: 'Articles · ClaimDesk',
    loadComponent: () => import('./articles/articles.page').then((m) => m.ArticlesPage),
  },
  {
    path: 'my-claims',
    title: 'My claims · ClaimDesk',
    loadComponent: () => import('./claims/my-claims.page').then((m) => m.MyClaimsPage),
  },
  {
    path: 'review-queue',
    title: 'Review queue · ClaimDesk',
    loadComponent: () => import('./review-queue/review-queue.page').then((m) => m.ReviewQueuePage),
  },
  {
    path: '**',
    title: 'Page not found · ClaimDesk',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
