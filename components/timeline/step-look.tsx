import type { StepData } from "@/lib/audit/event-types";

type Status = StepData["status"];

/** How each step status reads and looks on every screen (the Gantt uses the same hues). */
export const stepLook: Record<Status, { label: string; pill: string; dot: string }> = {
  pending: {
    label: "Pending",
    pill: "bg-white text-slate-700 ring-slate-300 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-600",
    dot: "bg-slate-300 dark:bg-slate-600",
  },
  in_progress: {
    label: "Running",
    pill: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
    dot: "bg-sky-500 animate-pulse",
  },
  done: {
    label: "Done",
    pill: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
    dot: "bg-emerald-500",
  },
  skipped: {
    label: "Skipped",
    pill: "bg-slate-100 text-slate-600 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600",
    dot: "bg-slate-400",
  },
  failed: {
    label: "Failed",
    pill: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
    dot: "bg-red-500",
  },
};

export function StepStatusPill({ status }: { status: Status }) {
  const look = stepLook[status];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${look.pill}`}
      data-testid="step-status"
    >
      <span className={`h-1.5 w-1.5 rounded-full ${look.dot}`} aria-hidden />
      {look.label}
    </span>
  );
}

/** Tailwind classes for a variance in minutes: late red, early emerald, on time neutral. */
export const varianceClass = (minutes: number) =>
  minutes > 0
    ? "bg-red-50 text-red-700 ring-red-200 dark:bg-red-950/70 dark:text-red-300 dark:ring-red-900"
    : minutes < 0
      ? "bg-emerald-50 text-emerald-700 ring-emerald-200 dark:bg-emerald-950/70 dark:text-emerald-300 dark:ring-emerald-900"
      : "bg-slate-50 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700";
