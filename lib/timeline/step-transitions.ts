import type { StepData } from "@/lib/audit/event-types";
import type { StepAction } from "@/lib/timeline/schemas";

type Status = StepData["status"];

// What each action does to a step: which statuses it may come from, the status it leads to, and which
// server-clock stamps it sets. Completing a pending step stamps both (it was done off the clock).
export const stepTransitions: Record<
  StepAction,
  { from: Status[]; to: Status; stamps: ("start" | "end")[]; clears?: boolean }
> = {
  start: { from: ["pending", "failed"], to: "in_progress", stamps: ["start"] },
  complete: { from: ["pending", "in_progress"], to: "done", stamps: ["start", "end"] },
  skip: { from: ["pending"], to: "skipped", stamps: [] },
  fail: { from: ["in_progress"], to: "failed", stamps: ["end"] },
  reopen: { from: ["done", "skipped", "failed", "in_progress"], to: "pending", stamps: [], clears: true },
};

export const stepEventType = {
  start: "step.started",
  complete: "step.completed",
  skip: "step.skipped",
  fail: "step.failed",
  reopen: "step.reopened",
} as const;

export const statusLabels: Record<Status, string> = {
  pending: "pending",
  in_progress: "in progress",
  done: "done",
  skipped: "skipped",
  failed: "failed",
};
