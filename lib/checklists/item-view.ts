import type { ChecklistItemData } from "@/lib/audit/event-types";

type ItemRow = {
  id: string;
  sectionId: string;
  title: string;
  status: ChecklistItemData["status"];
  position: number;
  version: number;
  updatedAt: Date;
  updatedBy: { id: string; name: string } | null;
};

/** The one JSON shape of a checklist item: in snapshots, API answers and realtime events alike. */
export function itemView(row: ItemRow): ChecklistItemData {
  return {
    id: row.id,
    sectionId: row.sectionId,
    title: row.title,
    status: row.status,
    position: row.position,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy ? { id: row.updatedBy.id, name: row.updatedBy.name } : null,
  };
}

export const itemViewSelect = {
  id: true,
  sectionId: true,
  title: true,
  status: true,
  position: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { id: true, name: true } },
} as const;
