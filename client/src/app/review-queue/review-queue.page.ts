import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'cd-review-queue-page',
  template: `
    <h1>Review queue</h1>
    <p>Verdicts waiting for an editor's approval will appear here in a later release.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewQueuePage {}
