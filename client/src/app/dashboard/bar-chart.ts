import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

import { summarise, toChartConfig, type BarChartLook, type BarDatum } from './bar-chart.config';

export type { BarDatum } from './bar-chart.config';

// Only the pieces a horizontal bar chart needs, so the rest of Chart.js is tree-shaken out of the dashboard chunk.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const ROW_HEIGHT = 28;
/** Room for the value axis and the legend under the bars. */
const AXIS_HEIGHT = 64;

/**
 * A horizontal bar chart drawn by Chart.js on a canvas. The canvas is one image whose accessible name carries
 * every number, and the same numbers follow in a table (collapsed unless asked for). Where a canvas cannot draw
 * (no 2D context, as in jsdom), the chart is skipped and the labelled canvas and the table remain.
 */
@Component({
  selector: 'cd-bar-chart',
  template: `
    <figure>
      <figcaption>{{ caption() }}</figcaption>
      <div class="plot" [style.height.px]="height()">
        <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
      </div>
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

  protected readonly height = computed(() => Math.max(1, this.data().length) * ROW_HEIGHT + AXIS_HEIGHT);
  protected readonly summary = computed(() => summarise(this.caption(), this.data()));

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

  constructor() {
    // Runs after the first render (the canvas exists) and again whenever the data or headings change.
    afterRenderEffect({
      write: () => {
        const data = this.data();
        const seriesLabel = this.valueHeading();
        this.draw(data, seriesLabel);
      },
    });
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
    });
  }

  private draw(data: readonly BarDatum[], seriesLabel: string): void {
    const canvas = this.canvas().nativeElement;
    if (this.chart) {
      const config = toChartConfig(data, { ...this.look(canvas), seriesLabel });
      this.chart.data = config.data;
      this.chart.options = config.options ?? {};
      this.chart.update();
      return;
    }
    const context = canvas.getContext('2d');
    if (!context) return; // No canvas support: the label and the table carry the numbers.
    this.chart = new Chart(context, toChartConfig(data, { ...this.look(canvas), seriesLabel }));
  }

  /** Resolves the theme's colours (CSS custom properties, light-dark()) to values a canvas understands. */
  private look(canvas: HTMLCanvasElement): Omit<BarChartLook, 'seriesLabel'> {
    const plot = canvas.parentElement ?? canvas;
    return {
      barColor: getComputedStyle(canvas).color,
      textColor: getComputedStyle(plot).color,
      gridColor: getComputedStyle(plot).borderTopColor,
      animate: !prefersReducedMotion(),
    };
  }
}

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
