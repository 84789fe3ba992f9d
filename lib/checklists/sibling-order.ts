import type { Tx } from "@/lib/db";

export type ItemPosition = { id: string; sectionId: string; parentId: string | null; position: number };

/** The live items under one parent (or at the top of a section), in order. */
export async function siblingsOf(tx: Tx, sectionId: string, parentId: string | null) {
  return tx.checklistItem.findMany({
    where: { sectionId, parentId, deletedAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
}

/**
 * Writes positions 0..n-1 for the given order of ids (under one parent) and returns the entries that
 * changed, for the event that tells clients.
 */
export async function renumber(tx: Tx, sectionId: string, parentId: string | null, ids: string[]): Promise<ItemPosition[]> {
  const current = await tx.checklistItem.findMany({
    where: { id: { in: ids } },
    select: { id: true, position: true, sectionId: true, parentId: true },
  });
  const byId = new Map(current.map((row) => [row.id, row]));
  const changed: ItemPosition[] = [];
  for (const [position, id] of ids.entries()) {
    const row = byId.get(id);
    if (row && row.position === position && row.sectionId === sectionId && row.parentId === parentId) continue;
    await tx.checklistItem.update({ where: { id }, data: { position, sectionId, parentId } });
    changed.push({ id, sectionId, parentId, position });
  }
  return changed;
}

/** Inserts `id` into `ids` at `position` (clamped to the end). */
export function insertAt(ids: string[], id: string, position: number): string[] {
  const without = ids.filter((existing) => existing !== id);
  const at = Math.min(position, without.length);
  return [...without.slice(0, at), id, ...without.slice(at)];
}

/** The position after the last live sibling (positions may have gaps after deletions). */
export async function nextPosition(tx: Tx, sectionId: string, parentId: string | null): Promise<number> {
  const last = await tx.checklistItem.aggregate({ where: { sectionId, parentId, deletedAt: null }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}
