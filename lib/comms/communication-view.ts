import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommunicationData } from "@/lib/audit/event-types";

// The one JSON shape of a planned message, in snapshots, API answers and events.
const iso = (date: Date | null) => date?.toISOString() ?? null;

export const communicationSelect = {
  id: true,
  dueAt: true,
  audience: true,
  channel: true,
  text: true,
  sentAt: true,
  sentById: true,
  sentByName: true,
  channelIds: true,
  sentText: true,
  version: true,
} as const satisfies Prisma.CommunicationSelect;
export function communicationView({
  sentById,
  sentByName,
  ...row
}: Prisma.CommunicationGetPayload<{ select: typeof communicationSelect }>): CommunicationData {
  return {
    ...row,
    dueAt: row.dueAt.toISOString(),
    sentAt: iso(row.sentAt),
    sentBy: sentById ? { id: sentById, name: sentByName } : null,
  };
}
