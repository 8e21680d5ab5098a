import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { StatusFooter } from '../health/status-footer';

interface NavLink {
  readonly path: string;
  readonly label: string;
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
    { path: '/review-queue', label: 'Review queue' },
  ];

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  // With <base href="/">, a plain href="#main" resolves to "/#main" and would leave the current page;
  // move focus ourselves instead.
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
