import type { CheckpointData, IncidentData } from "@/lib/audit/event-types";
import type { MetricResult } from "@/lib/checkpoints/evaluate";

// One colour and one symbol per outcome on every screen: the symbol keeps it readable in black and
// white (print) and for people who do not tell red from green.

export const resultLook: Record<MetricResult, { label: string; mark: string; pill: string; text: string }> = {
  pass: {
    label: "Pass",
    mark: "✓",
    pill: "bg-emerald-100 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30",
    text: "text-emerald-700 dark:text-emerald-300",
  },
  warn: {
    label: "Warn",
    mark: "⚠",
    pill: "bg-amber-100 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30",
    text: "text-amber-700 dark:text-amber-300",
  },
  fail: {
    label: "Fail",
    mark: "✗",
    pill: "bg-red-100 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/40",
    text: "text-red-700 dark:text-red-300",
  },
};

export const assessmentLook: Record<CheckpointData["assessment"], { label: string; solid: string; dot: string }> = {
  green: { label: "Green", solid: "bg-emerald-700 text-white", dot: "bg-emerald-500" },
  amber: { label: "Amber", solid: "bg-amber-400 text-amber-950", dot: "bg-amber-400" },
  red: { label: "Red", solid: "bg-red-600 text-white dark:bg-red-700", dot: "bg-red-600" },
};

export const decisionLook: Record<CheckpointData["decision"], { label: string; solid: string }> = {
  continue: { label: "Continue", solid: "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" },
  hold: { label: "Hold", solid: "bg-amber-400 text-amber-950" },
  rollback: { label: "Roll back", solid: "bg-red-600 text-white dark:bg-red-700" },
};

export const severityLook: Record<IncidentData["severity"], { label: string; pill: string }> = {
  critical: { label: "Critical", pill: "bg-red-600 text-white dark:bg-red-700" },
  high: { label: "High", pill: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200" },
  medium: { label: "Medium", pill: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  low: { label: "Low", pill: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300" },
};

export const pill = "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold";
export const card = "rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900";
export const subtle = "text-slate-500 dark:text-slate-400";
