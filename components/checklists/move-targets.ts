import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { MoveTarget } from "@/components/checklists/local-move";
import { siblings } from "@/components/checklists/item-tree";

// Where "move up", "indent", "move to section" send an item, as the move endpoint's input.

const locate = (snapshot: LaunchSnapshot, itemId: string) => {
  const all = snapshot.sections.flatMap((section) => section.items);
  const item = all.find((candidate) => candidate.id === itemId);
  if (!item) return null;
  const row = siblings(all, item.sectionId, item.parentId);
  return { all, item, row, index: row.findIndex((candidate) => candidate.id === itemId) };
};

/** One step up or down among its siblings; a top-level item at the edge goes on to the next section. */
export function stepTarget(snapshot: LaunchSnapshot, itemId: string, direction: -1 | 1): MoveTarget | null {
  const found = locate(snapshot, itemId);
  if (!found) return null;
  const { all, item, row, index } = found;
  const next = index + direction;
  if (next >= 0 && next < row.length) return { sectionId: item.sectionId, parentId: item.parentId, position: next };
  if (item.parentId !== null) return null;
  const sectionIndex = snapshot.sections.findIndex((section) => section.id === item.sectionId);
  const section = snapshot.sections[sectionIndex + direction];
  if (!section) return null;
  const end = siblings(all, section.id, null).length;
  return { sectionId: section.id, parentId: null, position: direction === 1 ? 0 : end };
}

/** Under the sibling above it, as that sibling's last sub-item. */
export function indentTarget(snapshot: LaunchSnapshot, itemId: string): MoveTarget | null {
  const found = locate(snapshot, itemId);
  if (!found || found.index <= 0) return null;
  const parent = found.row[found.index - 1]!;
  return {
    sectionId: found.item.sectionId,
    parentId: parent.id,
    position: siblings(found.all, parent.sectionId, parent.id).length,
  };
}

/** Out of its parent, right after it. */
export function outdentTarget(snapshot: LaunchSnapshot, itemId: string): MoveTarget | null {
  const found = locate(snapshot, itemId);
  if (!found?.item.parentId) return null;
  const parent = found.all.find((candidate) => candidate.id === found.item.parentId);
  if (!parent) return null;
  const parentRow = siblings(found.all, parent.sectionId, parent.parentId);
  return {
    sectionId: parent.sectionId,
    parentId: parent.parentId,
    position: parentRow.findIndex((c) => c.id === parent.id) + 1,
  };
}

/** To the end of another section, at its top level. */
export function sectionTarget(snapshot: LaunchSnapshot, sectionId: string): MoveTarget {
  const all = snapshot.sections.flatMap((section) => section.items);
  return { sectionId, parentId: null, position: siblings(all, sectionId, null).length };
}
