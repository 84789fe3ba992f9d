import type { LaunchEvent } from "@/lib/realtime/envelope";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";

/** A snapshot with one event applied; pure, so every screen computes the same state from the same events. */
export function applyLaunchEvent(snapshot: LaunchSnapshot, event: LaunchEvent): LaunchSnapshot {
  const next = { ...snapshot, seq: event.seq };
  switch (event.type) {
    case "item.updated":
      return replaceItem(next, event.data.item);
    case "launch.created":
      return next;
  }
}

/** Puts the newer version of an item in place; an older version (a late answer) is ignored. */
export function replaceItem(snapshot: LaunchSnapshot, item: ChecklistItemData): LaunchSnapshot {
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) =>
      section.id !== item.sectionId
        ? section
        : {
            ...section,
            items: section.items.map((existing) =>
              existing.id === item.id && existing.version <= item.version ? item : existing,
            ),
          },
    ),
  };
}
