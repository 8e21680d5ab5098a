import { ChangeDetectionStrategy, Component } from '@angular/core';

import { Shell } from './layout/shell';

@Component({
  selector: 'cd-root',
  imports: [Shell],
  template: '<cd-shell />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
