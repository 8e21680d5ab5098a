import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatDivider } from '@angular/material/divider';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { UserDto } from '@claimdesk/shared';

/**
 * The top bar on a phone: one "Menu" button holding every page of the main navigation, the account page and
 * Log out. The shell loads it only on narrow screens, so Material's menu and overlay stay out of the first
 * download on desktops.
 */
@Component({
  selector: 'cd-narrow-menu',
  imports: [MatDivider, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, RouterLinkActive],
  template: `
    <button type="button" class="menu-button" [matMenuTriggerFor]="menu">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" fill="currentColor" />
      </svg>
      Menu
    </button>
    <mat-menu #menu="matMenu" xPosition="before" aria-label="Main menu">
      @for (link of links(); track link.path) {
        <a mat-menu-item [routerLink]="link.path" routerLinkActive="active" ariaCurrentWhenActive="page">{{
          link.label
        }}</a>
      }
      <mat-divider />
      <a mat-menu-item routerLink="/account" routerLinkActive="active" ariaCurrentWhenActive="page"
        >Your account ({{ user().displayName }}, {{ user().role }})</a
      >
      <button type="button" mat-menu-item (click)="logout.emit()">Log out</button>
    </mat-menu>
  `,
  styles: `
    :host {
      display: block;
    }
    .menu-button {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.375rem 0.875rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;

      &:hover {
        background: var(--mat-sys-surface-container-highest);
      }
    }
    /* The items are this template's elements, so this encapsulated rule reaches them in the overlay.
       Not colour alone: the current page is also underlined (and has aria-current="page"). */
    .mat-mdc-menu-item.active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      text-decoration: underline;
      text-underline-offset: 0.25em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NarrowMenu {
  readonly links = input.required<readonly { readonly path: string; readonly label: string }[]>();
  readonly user = input.required<UserDto>();
  readonly logout = output();
}
