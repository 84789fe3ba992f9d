import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { incidentSelect, incidentView } from "@/lib/incidents/incident-view";
import { openIncidentInput } from "@/lib/incidents/schemas";
import type { z } from "zod";

/** Logs an incident (lead or member). A critical one raises the rollback alarm on every screen. */
export async function openIncident({
  actor,
  launchId,
  ...input
}: { actor: Actor; launchId: string } & z.input<typeof openIncidentInput>) {
  const data = openIncidentInput.parse(input);
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "incident.log");
    const owner = data.ownerId ? await requireMemberUser(tx, launchId, data.ownerId) : null;
    const row = await tx.incident.create({
      data: { ...data, launchId, ownerName: owner?.name ?? "" },
      select: incidentSelect,
    });
    const incident = incidentView(row);
    const event = await recordEvent(tx, { launchId, type: "incident.opened", actor, data: { incident } });
    return { result: incident, event };
  });
}
