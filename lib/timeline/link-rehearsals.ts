import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { launchFieldsSelect, launchFieldsView } from "@/lib/launches/launch-view";
import { stepView, stepViewSelect } from "@/lib/timeline/step-view";
import { matchRehearsalSteps } from "@/lib/timeline/match-rehearsal-steps";
import { measureStep } from "@/lib/timeline/rehearsal-calibration";
import { AppError } from "@/lib/errors";

/**
 * Links a live launch to the rehearsals that calibrate its forecast (lead; the list replaces the previous
 * one, empty unlinks). Each step matched by title / position carries what each rehearsal measured.
 */
export async function linkRehearsals({
  actor,
  launchId,
  rehearsalIds,
}: {
  actor: Actor;
  launchId: string;
  rehearsalIds: string[];
}) {
  const ids = [...new Set(rehearsalIds)];
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "launch.edit");
    if (ids.includes(launchId))
      throw new AppError("invalid", "A launch cannot calibrate itself.", {
        fields: { rehearsalIds: ["Contains this launch."] },
      });
    const rehearsals = [];
    for (const id of ids) {
      const rehearsal = await tx.launch.findFirst({
        where: { id, isRehearsal: true, memberships: { some: { userId: actor.id } } },
        select: {
          id: true,
          name: true,
          steps: {
            where: { deletedAt: null },
            orderBy: { position: "asc" },
            select: { id: true, title: true, status: true, actualStart: true, actualEnd: true },
          },
        },
      });
      if (!rehearsal)
        throw new AppError("invalid", "Link only rehearsals you are a member of.", {
          fields: { rehearsalIds: [`Not a rehearsal you can see: ${id}`] },
        });
      rehearsals.push(rehearsal);
    }
    const live = await tx.timelineStep.findMany({
      where: { launchId, deletedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, title: true },
    });
    const matches = rehearsals.map((rehearsal) => ({ rehearsal, byStep: matchRehearsalSteps(live, rehearsal.steps) }));
    for (const step of live) {
      const actuals = matches.flatMap(({ rehearsal, byStep }) => {
        const matched = byStep.get(step.id);
        return matched
          ? [
              {
                launchId: rehearsal.id,
                launchName: rehearsal.name,
                minutes: measureStep(matched),
                status: matched.status,
              },
            ]
          : [];
      });
      await tx.timelineStep.update({
        where: { id: step.id },
        data: { rehearsalActuals: actuals as Prisma.InputJsonValue },
      });
    }
    const launch = launchFieldsView(
      await tx.launch.update({ where: { id: launchId }, data: { rehearsalIds: ids }, select: launchFieldsSelect }),
    );
    const steps = (
      await tx.timelineStep.findMany({
        where: { launchId, deletedAt: null },
        orderBy: { position: "asc" },
        select: stepViewSelect,
      })
    ).map(stepView);
    const event = await recordEvent(tx, {
      launchId,
      type: "launch.rehearsals_linked",
      actor,
      data: { launch, rehearsals: rehearsals.map(({ id, name }) => ({ id, name })), steps },
    });
    return { result: launch, event };
  });
}
