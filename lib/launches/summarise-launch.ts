import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { launchProgress, type LaunchProgress } from "@/lib/checklists/progress";

/**
 * What the war room and the wall start from: the launch without the checklist items they do not need
 * (for a 1,000-item launch the items are most of the snapshot, and those screens show counts), plus
 * the checklist's progress computed here. Kept: the items a gate's criteria name (whole sections or
 * single items), as the gate summary evaluates them. Live events still apply to `snapshot` (steps,
 * gates, alarms, those items); progress is refreshed from GET /api/launches/{launchId}/progress.
 */
export type LaunchSummary = { snapshot: LaunchSnapshot; progress: LaunchProgress };

export function summariseLaunch(snapshot: LaunchSnapshot): LaunchSummary {
  const gateSections = new Set(snapshot.gates.flatMap((gate) => gate.criteria.sectionIds));
  const gateItems = new Set(snapshot.gates.flatMap((gate) => gate.criteria.itemIds));
  return {
    snapshot: {
      ...snapshot,
      sections: snapshot.sections.map((section) => ({
        ...section,
        items: gateSections.has(section.id) ? section.items : section.items.filter((item) => gateItems.has(item.id)),
      })),
    },
    progress: launchProgress(snapshot.sections),
  };
}
