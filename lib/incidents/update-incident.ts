import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { incidentSelect, incidentView } from "@/lib/incidents/incident-view";
import type { updateIncidentInput } from "@/lib/incidents/schemas";
import { AppError, notFound } from "@/lib/errors";
import type { z } from "zod";

/** Updates an incident; resolving it stamps the resolution time (server clock), reopening clears it. */
export async function updateIncident({
  actor,
  launchId,
  incidentId,
  version,
  ...input
}: { actor: Actor; launchId: string; incidentId: string } & z.infer<typeof updateIncidentInput>) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "incident.log");
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Incident" WHERE id = ${incidentId} AND "launchId" = ${launchId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Incident");
    const current = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: incidentSelect });
    const changes = diffFields(current, input);
    if (Object.keys(changes).length === 0) return { result: incidentView(current), event: null };
    if (version !== undefined && version !== current.version) {
      throw new AppError("conflict", `Someone else updated "${current.title}" first; review it and try again.`, {
        current: incidentView(current),
      });
    }
    const owner = input.ownerId ? await requireMemberUser(tx, launchId, input.ownerId) : null;
    const resolving = input.status === "resolved" && current.status !== "resolved";
    const reopening = input.status !== undefined && input.status !== "resolved" && current.status === "resolved";
    const row = await tx.incident.update({
      where: { id: incidentId },
      data: {
        ...input,
        ...(input.ownerId !== undefined && { ownerName: owner?.name ?? "" }),
        ...(resolving && { resolvedAt: new Date() }),
        ...(reopening && { resolvedAt: null }),
        version: { increment: 1 },
      },
      select: incidentSelect,
    });
    const incident = incidentView(row);
    const event = await recordEvent(tx, { launchId, type: "incident.updated", actor, data: { incident, changes } });
    return { result: incident, event };
  });
}
