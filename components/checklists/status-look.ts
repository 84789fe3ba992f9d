import type { ChecklistItemData } from "@/lib/audit/event-types";

export type ItemStatus = ChecklistItemData["status"];

/** How each status reads and looks everywhere: done green, in progress blue, blocked red, n/a grey. */
export const statusLook: Record<ItemStatus, { label: string; pill: string; dot: string; row: string }> = {
  todo: {
    label: "To do",
    pill: "bg-white text-slate-700 ring-slate-300 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-600",
    dot: "bg-slate-300 dark:bg-slate-600",
    row: "",
  },
  in_progress: {
    label: "In progress",
    pill: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
    dot: "bg-sky-500",
    row: "",
  },
  done: {
    label: "Done",
    pill: "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
    dot: "bg-emerald-500",
    row: "",
  },
  blocked: {
    label: "Blocked",
    pill: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
    dot: "bg-red-500",
    row: "bg-red-50/60 dark:bg-red-950/25",
  },
  not_applicable: {
    label: "Not applicable",
    pill: "bg-slate-100 text-slate-600 ring-slate-300 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600",
    dot: "bg-slate-400",
    row: "",
  },
};

export const statusOrder: ItemStatus[] = ["todo", "in_progress", "done", "blocked", "not_applicable"];
export const needsReason = (status: ItemStatus) => status === "blocked" || status === "not_applicable";
export const isComplete = (status: ItemStatus) => status === "done" || status === "not_applicable";
