import type { ChartConfiguration } from 'chart.js';

export interface BarDatum {
  label: string;
  value: number;
}

export type BarChartConfig = ChartConfiguration<'bar', number[], string>;

/** What the page knows that Chart.js cannot read from CSS itself (a canvas does not resolve var() or light-dark()). */
export interface BarChartLook {
  /** The series name, shown in the legend and tooltips (e.g. "Open claims"). */
  seriesLabel: string;
  barColor: string;
  textColor: string;
  gridColor: string;
  animate: boolean;
}

const FALLBACK_LOOK: BarChartLook = {
  seriesLabel: 'Count',
  barColor: '#005cbb',
  textColor: '#1a1b1f',
  gridColor: 'rgba(0, 0, 0, 0.1)',
  animate: true,
};

/**
 * The bars as a Chart.js configuration: one horizontal bar per datum, in the order given, on a value axis that
 * starts at zero and only ticks whole numbers (everything the dashboard charts is a count).
 */
export function toChartConfig(data: readonly BarDatum[], look: Partial<BarChartLook> = {}): BarChartConfig {
  const { seriesLabel, barColor, textColor, gridColor, animate } = { ...FALLBACK_LOOK, ...look };
  const tick = { color: textColor };
  return {
    type: 'bar',
    data: {
      labels: data.map((datum) => datum.label),
      datasets: [
        {
          label: seriesLabel,
          data: data.map((datum) => datum.value),
          backgroundColor: barColor,
          borderRadius: 3,
          maxBarThickness: 20,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? undefined : false,
      color: textColor,
      scales: {
        x: { beginAtZero: true, ticks: { ...tick, precision: 0 }, grid: { color: gridColor } },
        y: { ticks: tick, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: textColor } },
        tooltip: { enabled: true },
      },
    },
  };
}

/** The chart in words, for the canvas's accessible name: "Caption: A 1, B 2". */
export function summarise(caption: string, data: readonly BarDatum[]): string {
  return `${caption}: ${data.map((datum) => `${datum.label} ${datum.value}`).join(', ')}`;
}
