/**
 * A y axis that shows every value and both threshold lines with some air, on round numbers
 * (0, 200, 400, 600 rather than 192, 342, 492): the domain and its ticks.
 */
export function chartScale(values: number[], lines: number[]): { domain: [number, number]; ticks: number[] } {
  const all = [...values, ...lines];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.12;
  lo = lo >= 0 && lo - pad * 2 <= 0 ? 0 : lo - pad;
  hi += pad;
  const rough = (hi - lo) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick <= end + step / 2; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return { domain: [ticks[0] ?? start, ticks.at(-1) ?? end], ticks };
}
