import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { launchToPlan } from "@/lib/plans/launch-to-plan";
import { planToCsv } from "@/lib/import/plan-csv";

/** The launch's plan as CSV (with progress and owners), for a spreadsheet round trip. */
export async function exportLaunchCsv({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "launch.view");
  const launch = await db.launch.findUniqueOrThrow({ where: { id: launchId }, select: { name: true } });
  const plan = await launchToPlan(db, launchId, { keepProgress: true, keepOwners: true });
  return {
    filename: `${launch.name.replace(/[^\w.-]+/g, "-").replace(/^-|-$/g, "") || "launch"}.csv`,
    csv: planToCsv(plan),
  };
}
