import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'cd-articles-page',
  template: `
    <h1>Articles</h1>
    <p>The article list and claim extraction will appear here in a later release.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArticlesPage {}
