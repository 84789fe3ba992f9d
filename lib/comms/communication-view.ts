import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommunicationData } from "@/lib/audit/event-types";
import { occurrenceCount } from "@/lib/comms/message-time";

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
  timeAnchor: true,
  fixedAt: true,
  offsetMinutes: true,
  anchorStepId: true,
  anchorCheckpoint: true,
  repeatEveryMinutes: true,
  repeatForMinutes: true,
  nextOccurrence: true,
  _count: { select: { sends: true } },
} as const satisfies Prisma.CommunicationSelect;
export function communicationView({
  sentById,
  sentByName,
  fixedAt,
  nextOccurrence,
  _count,
  timeAnchor,
  offsetMinutes,
  anchorStepId,
  anchorCheckpoint,
  repeatEveryMinutes,
  repeatForMinutes,
  ...row
}: Prisma.CommunicationGetPayload<{ select: typeof communicationSelect }>): CommunicationData {
  const timing = { timeAnchor, offsetMinutes, anchorStepId, anchorCheckpoint, repeatEveryMinutes, repeatForMinutes };
  return {
    ...row,
    dueAt: iso(row.dueAt ?? (timeAnchor === "absolute" && nextOccurrence === 0 ? fixedAt : null)),
    sentAt: iso(row.sentAt),
    sentBy: sentById ? { id: sentById, name: sentByName } : null,
    timing: { ...timing, occurrencesSent: _count.sends, occurrences: occurrenceCount({ ...timing, fixedAt }) },
  };
}
