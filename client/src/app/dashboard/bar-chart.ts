import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface BarDatum {
  label: string;
  value: number;
}

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 520;

/**
 * A horizontal bar chart as plain SVG: every bar carries its number as text, the SVG is one image with a
 * title for screen readers, and the same numbers follow in a table (visually hidden unless asked for).
 */
@Component({
  selector: 'cd-bar-chart',
  template: `
    <figure>
      <figcaption>{{ caption() }}</figcaption>
      <svg
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + width + ' ' + height()"
        [attr.height]="height()"
        preserveAspectRatio="xMinYMin meet"
      >
        @for (bar of bars(); track bar.label) {
          <g [attr.transform]="'translate(0,' + bar.y + ')'">
            <text class="label" x="0" y="18">{{ bar.label }}</text>
            <rect [attr.x]="labelWidth" y="4" [attr.width]="bar.width" height="20" rx="3" />
            <text class="value" [attr.x]="labelWidth + bar.width + 6" y="18">{{ bar.value }}</text>
          </g>
        }
      </svg>
      <details>
        <summary>Show the numbers as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{{ labelHeading() }}</th>
              <th scope="col">{{ valueHeading() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (datum of data(); track datum.label) {
              <tr>
                <th scope="row">{{ datum.label }}</th>
                <td>{{ datum.value }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    </figure>
  `,
  styleUrl: './bar-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly data = input.required<readonly BarDatum[]>();
  readonly caption = input.required<string>();
  readonly labelHeading = input('Item');
  readonly valueHeading = input('Count');

  protected readonly width = LABEL_WIDTH + CHART_WIDTH + 40;
  protected readonly labelWidth = LABEL_WIDTH;
  protected readonly height = computed(() => Math.max(1, this.data().length) * ROW_HEIGHT);
  protected readonly bars = computed(() => {
    const max = Math.max(1, ...this.data().map((datum) => datum.value));
    return this.data().map((datum, index) => ({
      ...datum,
      y: index * ROW_HEIGHT,
      width: Math.round((datum.value / max) * CHART_WIDTH),
    }));
  });
  protected readonly summary = computed(
    () =>
      `${this.caption()}: ${this.data()
        .map((datum) => `${datum.label} ${datum.value}`)
        .join(', ')}`,
  );
}
