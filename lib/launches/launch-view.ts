import type { Prisma } from "@/lib/generated/prisma/client";
import type { LaunchFieldsData, MemberData } from "@/lib/audit/event-types";

export const launchFieldsSelect = {
  id: true,
  name: true,
  system: true,
  description: true,
  timezone: true,
  goLiveAt: true,
  windowStart: true,
  windowEnd: true,
  status: true,
  isRehearsal: true,
  clonedFromId: true,
  archivedAt: true,
  membersUpdateAnyItem: true,
  commsLive: true,
  checkpointEveryMinutes: true,
  checkpointsFrom: true,
  checkpointsUntil: true,
  checkpointExtraTimes: true,
  metricsTokenHash: true,
  lessonsLearned: true,
  autoStartSteps: true,
  rehearsalIds: true,
  version: true,
} as const satisfies Prisma.LaunchSelect;

type LaunchRow = Prisma.LaunchGetPayload<{ select: typeof launchFieldsSelect }>;
const iso = (date: Date | null) => date?.toISOString() ?? null;

/** A launch's own fields as every door shows them (snapshot, API answers, events). */
export function launchFieldsView({ metricsTokenHash, ...row }: LaunchRow): LaunchFieldsData {
  return {
    ...row,
    hasMetricsToken: Boolean(metricsTokenHash),
    checkpointsFrom: iso(row.checkpointsFrom),
    checkpointsUntil: iso(row.checkpointsUntil),
    checkpointExtraTimes: row.checkpointExtraTimes.map((date) => date.toISOString()),
    goLiveAt: iso(row.goLiveAt),
    windowStart: iso(row.windowStart),
    windowEnd: iso(row.windowEnd),
    archivedAt: iso(row.archivedAt),
  };
}

export const memberViewSelect = {
  role: true,
  function: true,
  version: true,
  user: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.MembershipSelect;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberViewSelect }>;

export function memberView(row: MemberRow): MemberData {
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    function: row.function,
    version: row.version,
  };
}
