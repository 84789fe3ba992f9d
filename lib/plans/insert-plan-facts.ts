import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/plans/plan";

const MINUTE = 60_000;
// A recurring message ("hourly, first day") is sent at most this many times.
const MAX_OCCURRENCES = 48;

/**
 * Writes what a plan says about the launch as a whole, after its steps, sections and metrics exist:
 * window and checkpoint schedule (on the launch), planned messages, gates and rollback triggers. Times
 * are minutes from go-live, so without a go-live the window and checkpoints cannot be placed and are left
 * out (the import preview says so); messages are kept, unplaced until a go-live is set; gates, triggers and
 * severity levels need no time.
 */
export async function insertPlanFacts(
  tx: Tx,
  input: { launchId: string; plan: Plan; goLiveAt: Date | null; stepIds: string[]; sectionIds: string[] },
): Promise<{ messages: number; gates: number; triggers: number }> {
  const { plan, goLiveAt, launchId } = input;
  const at = (offset: number) => (goLiveAt ? new Date(goLiveAt.getTime() + offset * MINUTE) : null);
  const launch: Prisma.LaunchUpdateInput = {};
  if (plan.window && goLiveAt)
    Object.assign(launch, {
      windowStart: at(plan.window.startOffsetMinutes),
      windowEnd: at(plan.window.endOffsetMinutes),
    });
  if (plan.checkpoints && goLiveAt) {
    Object.assign(launch, {
      checkpointEveryMinutes: plan.checkpoints.everyMinutes,
      checkpointsFrom: at(plan.checkpoints.fromOffsetMinutes),
      checkpointsUntil: plan.checkpoints.untilOffsetMinutes === null ? null : at(plan.checkpoints.untilOffsetMinutes),
    });
  }
  if (plan.extraCheckpoints?.length && goLiveAt)
    launch.checkpointExtraTimes = [...new Set(plan.extraCheckpoints)]
      .sort((a, b) => a - b)
      .map((offset) => at(offset)!);
  if (Object.keys(launch).length > 0) await tx.launch.update({ where: { id: launchId }, data: launch });

  // Messages keep their time relative to go-live ("T−48 h"), and a recurring one ("hourly, first day")
  // stays one recurring message: moving go-live later moves them all (lib/comms/reschedule-messages).
  // Without a go-live they are kept unplaced (no send time) until the lead sets one.
  const messages = (plan.messages ?? []).map((message) => {
    const every = message.repeatEveryMinutes ?? null;
    const until = message.repeatUntilOffsetMinutes ?? message.offsetMinutes + (every ? 24 * 60 : 0);
    const repeatFor = every ? Math.min(until - message.offsetMinutes, every * (MAX_OCCURRENCES - 1)) : null;
    return {
      launchId,
      timeAnchor: "goLive" as const,
      offsetMinutes: message.offsetMinutes,
      repeatEveryMinutes: every,
      repeatForMinutes: repeatFor,
      dueAt: at(message.offsetMinutes),
      audience: message.audience,
      channel: message.channel,
      text: message.text,
    };
  });
  if (messages.length > 0) await tx.communication.createMany({ data: messages });

  const gates = plan.gates ?? [];
  for (const [position, gate] of gates.entries()) {
    const criteria = {
      sectionIds: (gate.sections ?? []).flatMap((index) => (input.sectionIds[index] ? [input.sectionIds[index]] : [])),
      itemIds: [],
      signoffs: gate.signoffs.map((signoff) => ({ ...signoff, rule: "all" as const, count: 1 })),
    };
    await tx.gate.create({
      data: {
        launchId,
        title: gate.title,
        description: gate.description ?? "",
        stepId: gate.step === undefined ? null : (input.stepIds[gate.step] ?? null),
        criteria: criteria as Prisma.InputJsonValue,
        position,
      },
    });
  }

  const metricIds = new Map(
    (await tx.metric.findMany({ where: { launchId }, select: { id: true, key: true } })).map((metric) => [
      metric.key,
      metric.id,
    ]),
  );
  const triggers = (plan.triggers ?? []).flatMap((trigger): Prisma.RollbackTriggerCreateManyInput[] => {
    if (trigger.kind === "critical_incident" || trigger.kind === "manual")
      return [{ launchId, kind: trigger.kind, description: trigger.description }];
    const metricId = trigger.metric ? metricIds.get(trigger.metric) : undefined;
    return metricId && trigger.comparator && trigger.threshold !== undefined
      ? [
          {
            launchId,
            kind: "metric" as const,
            metricId,
            comparator: trigger.comparator,
            threshold: trigger.threshold,
            description: trigger.description,
          },
        ]
      : [];
  });
  if (triggers.length > 0) await tx.rollbackTrigger.createMany({ data: triggers });
  const levels = plan.severityLevels ?? [];
  if (levels.length > 0)
    await tx.incidentSeverityLevel.createMany({
      data: levels.map((level, position) => ({ launchId, ...level, position })),
      skipDuplicates: true,
    });
  return { messages: messages.length, gates: gates.length, triggers: triggers.length };
}
