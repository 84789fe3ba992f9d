import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentData } from "@/lib/audit/event-types";

// The one JSON shape of an incident, in snapshots, API answers and events.
const iso = (date: Date | null) => date?.toISOString() ?? null;

export const incidentSelect = {
  id: true,
  title: true,
  severity: true,
  status: true,
  ownerId: true,
  ownerName: true,
  openedAt: true,
  resolvedAt: true,
  impact: true,
  notes: true,
  version: true,
} as const satisfies Prisma.IncidentSelect;
export function incidentView({
  ownerId,
  ownerName,
  ...row
}: Prisma.IncidentGetPayload<{ select: typeof incidentSelect }>): IncidentData {
  return {
    ...row,
    owner: ownerId ? { id: ownerId, name: ownerName } : null,
    openedAt: row.openedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
  };
}
