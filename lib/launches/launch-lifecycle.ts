import type { LaunchStatus } from "@/lib/generated/prisma/enums";

// A launch moves planning → ready → in progress → monitoring → completed, or ends rolled back or
// aborted. Going back is allowed where people really do it (not ready after all; re-plan after a
// rollback or an abort); a completed launch is final.
export const launchTransitions: Record<LaunchStatus, LaunchStatus[]> = {
  planning: ["ready", "aborted"],
  ready: ["planning", "in_progress", "aborted"],
  in_progress: ["monitoring", "on_hold", "rolling_back", "rolled_back", "aborted"],
  monitoring: ["completed", "rolling_back", "rolled_back", "in_progress"],
  completed: [],
  rolled_back: ["planning"],
  aborted: ["planning"],
  // The lead overrides what the system decided: resume after a hold, or settle a rollback by hand.
  on_hold: ["in_progress", "ready", "planning", "rolling_back", "aborted"],
  rolling_back: ["rolled_back", "in_progress", "monitoring", "aborted"],
};

export const launchStatusLabels: Record<LaunchStatus, string> = {
  planning: "Planning",
  ready: "Ready",
  in_progress: "In progress",
  monitoring: "Monitoring",
  completed: "Completed",
  rolled_back: "Rolled back",
  aborted: "Aborted",
  on_hold: "On hold",
  rolling_back: "Rolling back",
};

export function canTransition(from: LaunchStatus, to: LaunchStatus): boolean {
  return launchTransitions[from].includes(to);
}
