import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'cd-my-claims-page',
  template: `
    <h1>My claims</h1>
    <p>The claims assigned to you will appear here in a later release.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyClaimsPage {}
