import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { followTheDay } from "@/lib/launches/follow-the-day";
import { checkpointSelect, checkpointView } from "@/lib/checkpoints/views";
import { submitCheckpointInput, type SubmitCheckpointInput } from "@/lib/checkpoints/schemas";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Submits a checkpoint report: metric values, the stand-up from each function, the assessment and the
 * decision. Reports are immutable: `amends` files a new version of an earlier checkpoint and the old
 * version stays visible.
 */
export async function submitCheckpoint({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & SubmitCheckpointInput) {
  const data = submitCheckpointInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "checkpoint.submit");
    // Serialise reports per launch so two people cannot file the same number at once.
    await tx.$queryRaw`SELECT id FROM "Launch" WHERE id = ${launchId} FOR UPDATE`;
    const metricIds = new Set(
      (await tx.metric.findMany({ where: { launchId, deletedAt: null }, select: { id: true } })).map((m) => m.id),
    );
    const unknown = data.values.filter((v) => !metricIds.has(v.metricId)).map((v) => v.metricId);
    if (unknown.length > 0)
      throw new AppError("invalid", `These are not success criteria of this launch: ${unknown.join(", ")}.`, {
        fields: { values: ["Unknown metric."] },
      });

    let number: number;
    let version = 1;
    let dueAt = data.dueAt ? new Date(data.dueAt) : null;
    if (data.amends) {
      const previous = await tx.checkpointReport.findFirst({
        where: { launchId, number: data.amends },
        orderBy: { version: "desc" },
      });
      if (!previous)
        throw new AppError("invalid", `There is no checkpoint ${data.amends} to amend.`, {
          fields: { amends: ["Unknown checkpoint."] },
        });
      number = data.amends;
      version = previous.version + 1;
      dueAt = previous.dueAt;
    } else if (data.number) {
      if (await tx.checkpointReport.findFirst({ where: { launchId, number: data.number } })) {
        throw new AppError(
          "conflict",
          `Checkpoint ${data.number} was already submitted; amend it instead (amends: ${data.number}).`,
        );
      }
      number = data.number;
    } else {
      number =
        ((await tx.checkpointReport.aggregate({ where: { launchId }, _max: { number: true } }))._max.number ?? 0) + 1;
    }
    const row = await tx.checkpointReport.create({
      data: {
        launchId,
        number,
        version,
        dueAt,
        authorId: actor.id,
        authorName: actor.name,
        assessment: data.assessment,
        decision: data.decision,
        notes: data.notes,
        standup: data.standup as Prisma.InputJsonValue,
        values: data.values as Prisma.InputJsonValue,
      },
      select: checkpointSelect,
    });
    const checkpoint = checkpointView(row);
    const event = await recordEvent(tx, { launchId, type: "checkpoint.submitted", actor, data: { checkpoint } });
    // A "rollback" decision puts the launch into rolling back (recorded by the system; the lead can override).
    const lifecycle = await followTheDay(tx, launchId, { kind: "checkpoint_decided", decision: data.decision });
    return { result: checkpoint, event, followUps: lifecycle ? [lifecycle] : [] };
  });
}
