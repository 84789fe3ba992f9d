import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { probeSelect, probeView } from "@/lib/probes/probe-view";

/** The launch's probe allow-list and probes with their last result (lead). */
export async function listProbes({ actor, launchId }: { actor: Actor; launchId: string }) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "integrations.manage", { write: false });
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      probeHosts: true,
      probes: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { ...probeSelect, lastRunAt: true, lastOk: true, lastStatus: true, lastError: true },
      },
    },
  });
  return {
    hosts: launch.probeHosts,
    probes: launch.probes.map(({ lastRunAt, lastOk, lastStatus, lastError, ...row }) => ({
      ...probeView(row),
      lastRunAt: lastRunAt?.toISOString() ?? null,
      lastOk,
      lastStatus,
      lastError,
    })),
  };
}
