import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChecklistItemData } from "@/lib/audit/event-types";

export const itemViewSelect = {
  id: true,
  sectionId: true,
  parentId: true,
  title: true,
  details: true,
  dueAt: true,
  status: true,
  statusReason: true,
  required: true,
  howToVerify: true,
  evidence: true,
  position: true,
  version: true,
  updatedAt: true,
  ownerLabel: true,
  stepId: true,
  owner: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.ChecklistItemSelect;

type ItemRow = Prisma.ChecklistItemGetPayload<{ select: typeof itemViewSelect }>;

/** The one JSON shape of a checklist item: in snapshots, API answers and realtime events alike. */
export function itemView(row: ItemRow): ChecklistItemData {
  return {
    id: row.id,
    sectionId: row.sectionId,
    parentId: row.parentId,
    title: row.title,
    details: row.details,
    owner: row.owner,
    ownerLabel: row.ownerLabel,
    stepId: row.stepId,
    dueAt: row.dueAt?.toISOString() ?? null,
    status: row.status,
    statusReason: row.statusReason,
    required: row.required,
    howToVerify: row.howToVerify,
    evidence: row.evidence,
    position: row.position,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
