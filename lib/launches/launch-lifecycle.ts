import type { LaunchStatus } from "@/lib/generated/prisma/enums";

// A launch moves planning → ready → in progress → monitoring → completed, or ends rolled back or
// aborted. Going back is allowed where people really do it (not ready after all; re-plan after a
// rollback or an abort); a completed launch is final.
export const launchTransitions: Record<LaunchStatus, LaunchStatus[]> = {
  planning: ["ready", "aborted"],
  ready: ["planning", "in_progress", "aborted"],
  in_progress: ["monitoring", "rolled_back", "aborted"],
  monitoring: ["completed", "rolled_back", "in_progress"],
  completed: [],
  rolled_back: ["planning"],
  aborted: ["planning"],
};

export const launchStatusLabels: Record<LaunchStatus, string> = {
  planning: "Planning",
  ready: "Ready",
  in_progress: "In progress",
  monitoring: "Monitoring",
  completed: "Completed",
  rolled_back: "Rolled back",
  aborted: "Aborted",
};

export function canTransition(from: LaunchStatus, to: LaunchStatus): boolean {
  return launchTransitions[from].includes(to);
}
