import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData, SectionData } from "@/lib/audit/event-types";
import { treeOrder } from "@/lib/checklists/tree-order";

// Local edits after this client's own successful requests; the matching events arrive a moment later
// and apply cleanly on top (each edit here is what the event would do).

export const withoutItems = (snapshot: LaunchSnapshot, ids: string[]): LaunchSnapshot => ({
  ...snapshot,
  sections: snapshot.sections.map((section) => ({
    ...section,
    items: section.items.filter((item) => !ids.includes(item.id)),
  })),
});

export const withSection = (
  snapshot: LaunchSnapshot,
  section: SectionData,
  items: ChecklistItemData[] = [],
): LaunchSnapshot => ({
  ...snapshot,
  sections: [...snapshot.sections.filter((s) => s.id !== section.id), { ...section, items: treeOrder(items) }].sort(
    (a, b) => a.position - b.position,
  ),
});

export const withoutSection = (snapshot: LaunchSnapshot, sectionId: string): LaunchSnapshot => ({
  ...snapshot,
  sections: snapshot.sections.filter((section) => section.id !== sectionId),
});

export function withSectionFields(snapshot: LaunchSnapshot, patches: SectionData[]): LaunchSnapshot {
  const byId = new Map(patches.map((patch) => [patch.id, patch]));
  return {
    ...snapshot,
    sections: snapshot.sections
      .map((section) => ({ ...section, ...byId.get(section.id) }))
      .sort((a, b) => a.position - b.position),
  };
}

/** Sections renumbered with one moved to `position`, as move-section does on the server. */
export function withSectionMoved(snapshot: LaunchSnapshot, sectionId: string, position: number): LaunchSnapshot {
  const ids = snapshot.sections.map((section) => section.id).filter((id) => id !== sectionId);
  ids.splice(Math.min(position, ids.length), 0, sectionId);
  return withSectionFields(
    snapshot,
    ids.map((id, index) => ({ ...snapshot.sections.find((section) => section.id === id)!, position: index })),
  );
}
