import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { treeOrder } from "@/lib/checklists/tree-order";
import { placeAt } from "@/lib/checklists/positions";
import { descendantIds, siblings } from "@/components/checklists/item-tree";

export type MoveTarget = { sectionId: string; parentId: string | null; position: number };

/**
 * The snapshot as the server will have it after the move (the same placement rule as move-item), shown
 * at once so a dragged row does not jump back while the request is on its way.
 */
export function moveLocally(snapshot: LaunchSnapshot, itemId: string, target: MoveTarget): LaunchSnapshot {
  const all = snapshot.sections.flatMap((section) => section.items);
  const moving = all.find((item) => item.id === itemId);
  if (!moving) return snapshot;
  const under = descendantIds(all, itemId);
  const newSiblings = siblings(all, target.sectionId, target.parentId).filter((item) => item.id !== itemId);
  const { position, renumbered } = placeAt(newSiblings, itemId, target.position);
  const positions = new Map((renumbered ?? [{ id: itemId, position }]).map((entry) => [entry.id, entry.position]));

  const moved = all.map((item) => {
    if (item.id === itemId) return { ...item, sectionId: target.sectionId, parentId: target.parentId, position };
    if (under.has(item.id)) return { ...item, sectionId: target.sectionId };
    const next = positions.get(item.id);
    return next === undefined ? item : { ...item, position: next };
  });
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => ({
      ...section,
      items: treeOrder(moved.filter((item) => item.sectionId === section.id)),
    })),
  };
}
