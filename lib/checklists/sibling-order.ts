import type { Tx } from "@/lib/db";
import { placeAt, POSITION_GAP } from "@/lib/checklists/positions";

export type ItemPosition = { id: string; sectionId: string; parentId: string | null; position: number };

/** The live items under one parent (or at the top of a section), in order. */
export async function siblingsOf(tx: Tx, sectionId: string, parentId: string | null, exceptId?: string) {
  return tx.checklistItem.findMany({
    where: { sectionId, parentId, deletedAt: null, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true },
  });
}

/**
 * Puts item `id` at `index` under one parent: one row written, unless the neighbours have no room
 * between them and every sibling gets a new position. Returns the entries that changed, for the event.
 * Call under the launch's lock (commitChange), so the siblings read here are the ones that stay.
 */
export async function placeItem(
  tx: Tx,
  place: { id: string; sectionId: string; parentId: string | null; index: number },
): Promise<ItemPosition[]> {
  const { id, sectionId, parentId } = place;
  const { position, renumbered } = placeAt(await siblingsOf(tx, sectionId, parentId, id), id, place.index);
  const entries = (renumbered ?? [{ id, position }]).map((entry) => ({
    id: entry.id,
    sectionId,
    parentId,
    position: entry.position,
  }));
  for (const entry of entries) {
    await tx.checklistItem.update({ where: { id: entry.id }, data: { position: entry.position, sectionId, parentId } });
  }
  return entries;
}

/** The position after the last live sibling, leaving a gap for later inserts. */
export async function nextPosition(tx: Tx, sectionId: string, parentId: string | null): Promise<number> {
  const last = await tx.checklistItem.aggregate({
    where: { sectionId, parentId, deletedAt: null },
    _max: { position: true },
  });
  return last._max.position === null ? 0 : last._max.position + POSITION_GAP;
}
