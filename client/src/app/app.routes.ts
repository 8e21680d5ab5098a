import { Routes } from '@angular/router';

import { permissionGuard } from './admin/permission.guard';
import { authGuard, guestGuard } from './session/auth.guard';

// Each feature is its own lazy chunk; the shell (layout, session, health footer) is all that loads up front.
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'articles' },
  {
    path: 'login',
    title: 'Log in · ClaimDesk',
    canActivate: [guestGuard],
    loadComponent: () => import('./session/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'articles',
    title: 'Articles · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./articles/articles.page').then((m) => m.ArticlesPage),
  },
  {
    path: 'articles/:articleId',
    title: 'Review article · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./review/article-review.page').then((m) => m.ArticleReviewPage),
  },
  {
    path: 'my-claims',
    title: 'My claims · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./claims/my-claims.page').then((m) => m.MyClaimsPage),
  },
  {
    path: 'claims',
    title: 'Search claims · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./claims/claim-search.page').then((m) => m.ClaimSearchPage),
  },
  {
    path: 'account',
    title: 'Your account · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./session/account.page').then((m) => m.AccountPage),
  },
  {
    path: 'review-queue',
    title: 'Review queue · ClaimDesk',
    canActivate: [permissionGuard('verdicts.approve')],
    loadComponent: () => import('./editor-desk/editor-desk.page').then((m) => m.EditorDeskPage),
  },
  {
    path: 'dashboard',
    title: 'Dashboard · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  {
    path: 'export',
    title: 'Export · ClaimDesk',
    canActivate: [authGuard],
    loadComponent: () => import('./export/export.page').then((m) => m.ExportPage),
  },
  {
    path: 'admin/team',
    title: 'Team · ClaimDesk',
    canActivate: [permissionGuard('users.manage')],
    loadComponent: () => import('./admin/team.page').then((m) => m.TeamPage),
  },
  {
    path: 'admin/audit',
    title: 'Audit trail · ClaimDesk',
    canActivate: [permissionGuard('audit.system')],
    loadComponent: () => import('./admin/audit.page').then((m) => m.AuditPage),
  },
  {
    path: '**',
    title: 'Page not found · ClaimDesk',
    loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
  },
];
