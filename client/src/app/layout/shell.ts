import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
  type Signal,
} from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { can, type Permission } from '@claimdesk/shared';

import { StatusFooter } from '../health/status-footer';
import { NarrowMenu } from './narrow-menu';
import { SessionStore } from '../session/session.store';

/** Where the top bar collapses into the narrow menu; $narrow in shell.scss matches. */
export const NARROW_SCREEN = '(max-width: 40rem)';

interface NavLink {
  readonly path: string;
  readonly label: string;
  /** Shown only to roles holding it in the shared PERMISSIONS table. */
  readonly permission?: Permission;
}

/**
 * The page frame: skip link, top bar with the main navigation, the routed page, the health footer. On a narrow
 * screen the navigation, the account link and Log out move into one menu button.
 */
@Component({
  selector: 'cd-shell',
  imports: [NarrowMenu, RouterLink, RouterLinkActive, RouterOutlet, StatusFooter],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly navLinks: readonly NavLink[] = [
    { path: '/articles', label: 'Articles' },
    { path: '/my-claims', label: 'My claims' },
    { path: '/claims', label: 'Search claims' },
    { path: '/review-queue', label: 'Review queue', permission: 'verdicts.approve' },
    { path: '/dashboard', label: 'Dashboard', permission: 'dashboard.read' },
    { path: '/export', label: 'Export', permission: 'exports.public' },
    { path: '/admin/team', label: 'Team', permission: 'users.manage' },
  ];
  protected readonly visibleLinks = computed(() => {
    const role = this.session.user()?.role;
    return this.navLinks.filter(
      (link) => !link.permission || (role !== undefined && can(role, link.permission)),
    );
  });

  /** Loads the narrow menu (deferred) once the screen is narrow; CSS then decides which half shows. */
  protected readonly narrowScreen = matchesMedia(NARROW_SCREEN);

  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  // With <base href="/">, a plain href="#main" resolves to "/#main" and would leave the current page;
  // move focus ourselves instead.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/login');
  }
}

/** Whether a media query matches now, following changes (a rotated phone, a resized window). */
function matchesMedia(query: string): Signal<boolean> {
  // jsdom, for one, has no matchMedia: count that as a wide screen.
  if (typeof window.matchMedia !== 'function') return signal(false).asReadonly();
  const media = window.matchMedia(query);
  const matches = signal(media.matches);
  const follow = (change: MediaQueryListEvent) => matches.set(change.matches);
  media.addEventListener('change', follow);
  inject(DestroyRef).onDestroy(() => media.removeEventListener('change', follow));
  return matches.asReadonly();
}
