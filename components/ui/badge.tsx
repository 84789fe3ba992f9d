import type { HTMLAttributes } from "react";

export type BadgeTone = "neutral" | "info" | "accent" | "warning" | "caution" | "success" | "danger";

// Each pair keeps text against its background at 4.5:1 or better, in the light and the dark theme.
const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
  info: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  accent: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200",
  warning: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  caution: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  success: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  danger: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

const shapes = {
  /** A rounded status pill: "In progress", "Completed". */
  pill: "rounded-full px-2 py-0.5 text-xs font-semibold",
  /** A small square tag in capitals before a line: "ALWAYS", "TRIGGER". */
  tag: "rounded px-1.5 text-[11px] font-semibold uppercase",
};

/** A short label in a tone; the words carry the meaning, the colour only repeats it. */
export function Badge({
  tone = "neutral",
  shape = "pill",
  className = "",
  ...props
}: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone; shape?: keyof typeof shapes }) {
  return <span className={`${shapes[shape]} ${tones[tone]} ${className}`.trimEnd()} {...props} />;
}
