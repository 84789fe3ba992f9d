import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { launchToPlan } from "@/lib/plans/launch-to-plan";
import type { Plan } from "@/lib/plans/plan";
import { launchGatesToPlan } from "@/lib/plans/launch-gates-to-plan";

const MINUTE = 60_000;

/**
 * The launch as JSON that POST /api/launches/import-json reads back: its fields and its plan, with the
 * window, checkpoint schedule, planned messages, gates and rollback triggers, times as minutes from go-live. Stable
 * for version control: no ids and no timestamps other than the go-live itself.
 */
export async function exportLaunchJson({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      name: true,
      system: true,
      description: true,
      timezone: true,
      goLiveAt: true,
      windowStart: true,
      windowEnd: true,
      checkpointEveryMinutes: true,
      checkpointsFrom: true,
      checkpointsUntil: true,
      checkpointExtraTimes: true,
      severityLevels: {
        orderBy: { position: "asc" },
        select: { key: true, label: true, meaning: true, responseMinutes: true, severity: true },
      },
      messages: {
        where: { deletedAt: null },
        orderBy: [{ dueAt: "asc" }, { text: "asc" }],
        select: { dueAt: true, audience: true, channel: true, text: true },
      },
      triggers: {
        where: { deletedAt: null },
        select: { kind: true, comparator: true, threshold: true, description: true, metric: { select: { key: true } } },
      },
    },
  });
  const plan: Plan = await launchToPlan(db, launchId, { keepProgress: true, keepOwners: true });
  const goLive = launch.goLiveAt?.getTime();
  const offset = (date: Date | null) =>
    goLive === undefined || !date ? null : Math.round((date.getTime() - goLive) / MINUTE);
  const windowStart = offset(launch.windowStart);
  const windowEnd = offset(launch.windowEnd);
  if (windowStart !== null && windowEnd !== null)
    plan.window = { startOffsetMinutes: windowStart, endOffsetMinutes: windowEnd };
  const from = offset(launch.checkpointsFrom);
  if (launch.checkpointEveryMinutes && from !== null)
    plan.checkpoints = {
      everyMinutes: launch.checkpointEveryMinutes,
      fromOffsetMinutes: from,
      untilOffsetMinutes: offset(launch.checkpointsUntil),
    };
  const extraCheckpoints = launch.checkpointExtraTimes.flatMap((date) => offset(date) ?? []);
  if (extraCheckpoints.length > 0) plan.extraCheckpoints = extraCheckpoints;
  if (launch.severityLevels.length > 0) plan.severityLevels = launch.severityLevels;
  if (goLive !== undefined && launch.messages.length > 0) {
    plan.messages = launch.messages.map((message) => ({
      offsetMinutes: offset(message.dueAt)!,
      audience: message.audience,
      channel: message.channel,
      text: message.text,
    }));
  }
  const triggers = launch.triggers.flatMap((trigger): NonNullable<Plan["triggers"]> => {
    if (trigger.kind === "critical_incident" || trigger.kind === "manual")
      return [{ kind: trigger.kind, description: trigger.description }];
    if (trigger.kind === "metric" && trigger.metric && trigger.comparator && trigger.threshold !== null) {
      return [
        {
          kind: "metric",
          metric: trigger.metric.key,
          comparator: trigger.comparator,
          threshold: trigger.threshold,
          description: trigger.description,
        },
      ];
    }
    return [];
  });
  const gates = await launchGatesToPlan(db, launchId);
  if (gates.length > 0) plan.gates = gates;
  if (triggers.length > 0) plan.triggers = triggers.sort((a, b) => a.description.localeCompare(b.description));
  return {
    filename: `${launch.name.replace(/[^\w.-]+/g, "-").replace(/^-|-$/g, "") || "launch"}.json`,
    document: {
      format: "launch-control/launch@1",
      name: launch.name,
      system: launch.system,
      description: launch.description,
      timezone: launch.timezone,
      goLiveAt: launch.goLiveAt?.toISOString() ?? null,
      plan,
    },
  };
}
