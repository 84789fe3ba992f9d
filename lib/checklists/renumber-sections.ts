import type { Tx } from "@/lib/db";
import { sectionView } from "@/lib/checklists/section-view";

/** Writes positions 0..n-1 in the given order and returns every section with its new position. */
export async function renumberSections(tx: Tx, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx.checklistSection.update({ where: { id }, data: { position } });
  }
  const rows = await tx.checklistSection.findMany({ where: { id: { in: ids } }, orderBy: { position: "asc" } });
  return rows.map(sectionView);
}
