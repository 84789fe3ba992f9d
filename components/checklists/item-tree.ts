import type { ChecklistItemData } from "@/lib/audit/event-types";
import { countProgress } from "@/lib/checklists/progress";

type TreeItem = Pick<ChecklistItemData, "id" | "parentId" | "sectionId" | "position">;

/** How deep each item sits (0 = top level of its section). */
export function depths(items: TreeItem[]): Map<string, number> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const depth = new Map<string, number>();
  const of = (item: TreeItem): number => {
    const known = depth.get(item.id);
    if (known !== undefined) return known;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    const value = parent ? of(parent) + 1 : 0;
    depth.set(item.id, value);
    return value;
  };
  items.forEach(of);
  return depth;
}

export function descendantIds(items: TreeItem[], id: string): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    frontier = items
      .filter((item) => item.parentId !== null && frontier.includes(item.parentId))
      .map((item) => item.id);
    frontier.forEach((child) => found.add(child));
  }
  return found;
}

/** The items under the same parent, by position. */
export const siblings = <T extends TreeItem>(items: T[], sectionId: string, parentId: string | null): T[] =>
  items
    .filter((item) => item.sectionId === sectionId && item.parentId === parentId)
    .sort((a, b) => a.position - b.position);

export const hasChildren = (items: TreeItem[], id: string) => items.some((item) => item.parentId === id);

/** "x / y" for a parent: its leaf descendants complete out of all of them. */
export function childProgress(items: ChecklistItemData[], id: string) {
  const under = descendantIds(items, id);
  const counts = countProgress(items.filter((item) => under.has(item.id)));
  return { complete: counts.complete, total: counts.total };
}
