import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { BarChart } from './bar-chart';
import { summarise, toChartConfig, type BarDatum } from './bar-chart.config';

// A stand-in for Chart.js's Chart: records what the wrapper creates, updates and destroys.
const created: { config: unknown; update: jest.Mock; destroy: jest.Mock; data: unknown; options: unknown }[] =
  [];
jest.mock('chart.js', () => {
  const actual = jest.requireActual<typeof import('chart.js')>('chart.js');
  class FakeChart {
    static register = jest.fn();
    data: unknown;
    options: unknown;
    update = jest.fn();
    destroy = jest.fn();
    constructor(_context: unknown, config: { data: unknown; options: unknown }) {
      this.data = config.data;
      this.options = config.options;
      created.push(Object.assign(this, { config }));
    }
  }
  return { ...actual, Chart: FakeChart };
});

const BARS: BarDatum[] = [
  { label: 'True', value: 1 },
  { label: 'False', value: 3 },
];

describe('toChartConfig', () => {
  it('maps each datum to one horizontal bar, in order, on a zero-based whole-number axis', () => {
    const config = toChartConfig(BARS, {
      seriesLabel: 'Approved',
      barColor: 'rgb(1, 2, 3)',
      textColor: 'rgb(4, 5, 6)',
      animate: false,
    });
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['True', 'False']);
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]).toMatchObject({
      label: 'Approved',
      data: [1, 3],
      backgroundColor: 'rgb(1, 2, 3)',
    });
    expect(config.options).toMatchObject({
      indexAxis: 'y',
      animation: false,
      color: 'rgb(4, 5, 6)',
      scales: { x: { beginAtZero: true, ticks: { precision: 0, color: 'rgb(4, 5, 6)' } } },
    });
  });

  it('keeps an empty series empty and falls back to a default look', () => {
    const config = toChartConfig([]);
    expect(config.data.labels).toEqual([]);
    expect(config.data.datasets[0]).toMatchObject({ label: 'Count', data: [] });
    expect(config.options?.animation).toBeUndefined();
  });

  it('summarises the chart in words for its accessible name', () => {
    expect(summarise('Verdicts', BARS)).toBe('Verdicts: True 1, False 3');
  });
});

@Component({
  imports: [BarChart],
  template: `
    @if (shown()) {
      <cd-bar-chart caption="Verdicts" labelHeading="Rating" valueHeading="Approved" [data]="bars()" />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly bars = signal<BarDatum[]>(BARS);
  readonly shown = signal(true);
}

describe('BarChart', () => {
  let getContext: jest.SpyInstance;

  beforeEach(() => {
    created.length = 0;
    getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext');
  });

  afterEach(() => jest.restoreAllMocks());

  it('keeps the labelled canvas and the table, and creates no chart, when the canvas cannot draw', async () => {
    getContext.mockReturnValue(null);
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    const canvas = host.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Verdicts: True 1, False 3');
    expect(Array.from(host.querySelectorAll('thead th')).map((cell) => cell.textContent)).toEqual([
      'Rating',
      'Approved',
    ]);
    expect(host.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(getContext).toHaveBeenCalledWith('2d');
    expect(created).toHaveLength(0);
  });

  it('creates the chart once, updates it when the data change and destroys it with the component', async () => {
    getContext.mockReturnValue({} as CanvasRenderingContext2D);
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();

    expect(created).toHaveLength(1);
    const chart = created[0];
    expect(chart.config).toMatchObject({
      type: 'bar',
      data: { labels: ['True', 'False'], datasets: [{ label: 'Approved', data: [1, 3] }] },
    });

    fixture.componentInstance.bars.set([{ label: 'Mixed', value: 7 }]);
    await fixture.whenStable();
    expect(created).toHaveLength(1);
    expect(chart.update).toHaveBeenCalledTimes(1);
    expect(chart.data).toMatchObject({ labels: ['Mixed'], datasets: [{ data: [7] }] });
    expect((fixture.nativeElement as HTMLElement).querySelector('canvas')?.getAttribute('aria-label')).toBe(
      'Verdicts: Mixed 7',
    );

    fixture.componentInstance.shown.set(false);
    await fixture.whenStable();
    expect(chart.destroy).toHaveBeenCalledTimes(1);
  });
});
