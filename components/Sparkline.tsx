/** A tiny inline SVG line of a target's numbers over the years; no chart library. */
import type { SparkPoint } from './historyYears';

export interface SparklineProps {
  points: readonly SparkPoint[];
  /** Accessible description, e.g. `历年目标走势：2022 8，2024 6`. */
  label: string;
  width?: number;
  height?: number;
}

const PAD = 3;

/** SVG coordinates for the points: x by year (gaps stay visible), y scaled to the range, flat when all equal. */
export function sparkCoordinates(points: readonly SparkPoint[], width: number, height: number): Array<[number, number]> {
  const years = points.map((p) => p.year);
  const values = points.map((p) => p.value);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => (y1 === y0 ? width / 2 : PAD + ((year - y0) / (y1 - y0)) * (width - 2 * PAD));
  const y = (v: number) => (v1 === v0 ? height / 2 : height - PAD - ((v - v0) / (v1 - v0)) * (height - 2 * PAD));
  return points.map((p) => [Math.round(x(p.year) * 10) / 10, Math.round(y(p.value) * 10) / 10]);
}

export function Sparkline({ points, label, width = 96, height = 24 }: SparklineProps) {
  if (points.length < 2) return null;
  const xy = sparkCoordinates(points, width, height);
  return (
    <svg
      class="pl-spark"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      focusable="false"
    >
      <polyline class="pl-spark-line" points={xy.map(([a, b]) => `${a},${b}`).join(' ')} fill="none" />
      {xy.map(([a, b], i) => (
        <circle key={i} class={i === xy.length - 1 ? 'pl-spark-last' : 'pl-spark-dot'} cx={a} cy={b} r={i === xy.length - 1 ? 2.5 : 1.5} />
      ))}
      <title>{label}</title>
    </svg>
  );
}
