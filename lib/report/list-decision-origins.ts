import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { decisionOrigins } from "@/lib/report/decision-origins";

/** For the report's decision record: the address and user agent behind each sign-off and gate decision. */
export async function listDecisionOrigins({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const rows = await db.auditEvent.findMany({
    where: { launchId, type: { in: ["gate.signed", "gate.decided"] }, ip: { not: null } },
    select: { type: true, actorId: true, data: true, ip: true, userAgent: true },
    orderBy: { seq: "asc" },
  });
  return decisionOrigins(rows);
}
