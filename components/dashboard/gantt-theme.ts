// The Gantt's colours as Tailwind classes: the page theme follows the system (light or dark), the
// wall theme is always dark. Fills on SVG shapes, text colours on the HTML labels.
export type GanttTheme = {
  band: string;
  grid: string;
  gridMajor: string;
  axisText: string;
  planned: string;
  done: string;
  running: string;
  failed: string;
  skipped: string;
  forecast: string;
  forecastStroke: string;
  critical: string;
  milestone: string;
  goLive: string;
  now: string;
  nowText: string;
  goLiveLine: string;
  label: string;
  labelMuted: string;
  rowAlt: string;
  /** Behind a label drawn over the chart (phones, where there is no label column). */
  labelBackdrop: string;
};

export const pageTheme: GanttTheme = {
  band: "fill-indigo-50/70 dark:fill-indigo-950/40",
  grid: "stroke-slate-100 dark:stroke-slate-800",
  gridMajor: "stroke-slate-200 dark:stroke-slate-700",
  axisText: "fill-slate-500 dark:fill-slate-400",
  planned: "fill-slate-300 dark:fill-slate-600",
  done: "fill-emerald-500",
  running: "fill-sky-500",
  failed: "fill-red-500",
  skipped: "fill-slate-300 dark:fill-slate-700",
  forecast: "fill-indigo-100 dark:fill-indigo-950",
  forecastStroke: "stroke-indigo-400 dark:stroke-indigo-500",
  critical: "stroke-orange-500",
  milestone: "fill-violet-500",
  goLive: "fill-indigo-600 dark:fill-indigo-400",
  now: "stroke-red-500",
  nowText: "fill-red-600 dark:fill-red-400",
  goLiveLine: "stroke-indigo-500",
  label: "text-slate-800 dark:text-slate-100",
  labelMuted: "text-slate-400 dark:text-slate-500",
  rowAlt: "fill-slate-50 dark:fill-slate-800/40",
  labelBackdrop: "rounded bg-white/85 px-1 dark:bg-slate-900/85",
};

export const wallTheme: GanttTheme = {
  band: "fill-indigo-500/10",
  grid: "stroke-white/5",
  gridMajor: "stroke-white/10",
  axisText: "fill-slate-400",
  planned: "fill-slate-600",
  done: "fill-emerald-500",
  running: "fill-sky-400",
  failed: "fill-red-500",
  skipped: "fill-slate-700",
  forecast: "fill-indigo-500/20",
  forecastStroke: "stroke-indigo-400",
  critical: "stroke-orange-400",
  milestone: "fill-violet-400",
  goLive: "fill-indigo-400",
  now: "stroke-red-500",
  nowText: "fill-red-400",
  goLiveLine: "stroke-indigo-400",
  label: "text-slate-100",
  labelMuted: "text-slate-500",
  rowAlt: "fill-white/[0.03]",
  labelBackdrop: "rounded bg-slate-950/85 px-1",
};
