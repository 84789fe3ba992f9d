import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { saveProbeInput } from "@/lib/probes/schemas";
import { hostAllowed, hostOf, probeSelect, probeView } from "@/lib/probes/probe-view";
import { AppError, notFound } from "@/lib/errors";
import type { z } from "zod";

/** Adds a health probe to a checklist item or a validation step (lead). Its host must be on the launch's allow-list. */
export async function saveProbe({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof saveProbeInput>) {
  const data = saveProbeInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "integrations.manage");
    const launch = await tx.launch.findUniqueOrThrow({ where: { id: launchId }, select: { probeHosts: true } });
    if (!hostAllowed(data.url, launch.probeHosts)) {
      throw new AppError(
        "invalid",
        `${hostOf(data.url).host} is not on this launch's probe allow-list; add it under Integrations → Probe hosts first.`,
        { fields: { url: ["Host not allow-listed."] } },
      );
    }
    if (
      data.itemId &&
      !(await tx.checklistItem.findFirst({
        where: { id: data.itemId, launchId, deletedAt: null },
        select: { id: true },
      }))
    )
      throw notFound("Checklist item");
    if (data.stepId) {
      const step = await tx.timelineStep.findFirst({
        where: { id: data.stepId, launchId, deletedAt: null },
        select: { kind: true, title: true },
      });
      if (!step) throw notFound("Timeline step");
      if (step.kind !== "validation")
        throw new AppError(
          "invalid",
          `"${step.title}" is not a validation step; a probe can only pass or fail a validation step (or tick a checklist item).`,
          { fields: { stepId: ["Not a validation step."] } },
        );
    }
    const probe = probeView(
      await tx.probe.create({ data: { ...data, launchId, createdById: actor.id }, select: probeSelect }),
    );
    const event = await recordEvent(tx, { launchId, type: "probe.saved", actor, data: { probe } });
    return { result: probe, event };
  });
}
