import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { launchProgress, type LaunchProgress } from "@/lib/checklists/progress";

/**
 * What the war room and the wall start from: the launch without its checklist items (for a 1,000-item
 * launch they are most of the snapshot, and those screens show counts), plus the checklist's progress
 * computed here. Live events still apply to `snapshot` (steps, gates, alarms...); progress is refreshed
 * from GET /api/launches/{launchId}/progress after checklist events.
 */
export type LaunchSummary = { snapshot: LaunchSnapshot; progress: LaunchProgress };

export function summariseLaunch(snapshot: LaunchSnapshot): LaunchSummary {
  return {
    snapshot: { ...snapshot, sections: snapshot.sections.map((section) => ({ ...section, items: [] })) },
    progress: launchProgress(snapshot.sections),
  };
}
