import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { can, type Permission } from '@claimdesk/shared';

import { StatusFooter } from '../health/status-footer';
import { SessionStore } from '../session/session.store';

interface NavLink {
  readonly path: string;
  readonly label: string;
  /** Shown only to roles holding it in the shared PERMISSIONS table. */
  readonly permission?: Permission;
}

/** The page frame: skip link, top bar with the main navigation, the routed page, the health footer. */
@Component({
  selector: 'cd-shell',
  imports: [RouterLink, RouterLinkActive, RouterOutlet, StatusFooter],
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
