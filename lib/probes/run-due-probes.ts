import { getDb } from "@/lib/db";
import { updateItem } from "@/lib/checklists/update-item";
import { checkHttp, type CheckResult } from "@/lib/probes/check-http";
import { runStep } from "@/lib/timeline/run-step";
import { hostAllowed } from "@/lib/probes/probe-view";

const MAX_CONCURRENT = 4;

/**
 * Runs every probe that is due: only on launches in progress or monitoring, never sooner than its
 * interval after the last run, at most MAX_CONCURRENT at once, and only to hosts still allow-listed.
 * The claim (lastRunAt moved forward conditionally) keeps two servers or ticks from running one twice.
 */
export async function runDueProbes(now = new Date()): Promise<number> {
  const db = getDb();
  const candidates = await db.probe.findMany({
    where: { deletedAt: null, launch: { status: { in: ["in_progress", "monitoring"] } } },
    include: { launch: { select: { probeHosts: true } } },
    take: 200,
  });
  // A validation step is checked while it is being validated (in progress), not before or after.
  const stepIds = candidates.flatMap((probe) => (probe.stepId ? [probe.stepId] : []));
  const running = new Set(
    stepIds.length
      ? (
          await db.timelineStep.findMany({
            where: { id: { in: stepIds }, status: "in_progress", deletedAt: null },
            select: { id: true },
          })
        ).map((step) => step.id)
      : [],
  );
  const due = candidates.filter(
    (probe) =>
      (!probe.stepId || running.has(probe.stepId)) &&
      (!probe.lastRunAt || probe.lastRunAt.getTime() + probe.intervalSeconds * 1000 <= now.getTime()),
  );
  const queue = [...due];
  let ran = 0;
  const worker = async () => {
    for (let probe = queue.shift(); probe; probe = queue.shift()) {
      const claim = await db.probe.updateMany({
        where: { id: probe.id, lastRunAt: probe.lastRunAt },
        data: { lastRunAt: now },
      });
      if (claim.count === 0) continue;
      ran++;
      const result = hostAllowed(probe.url, probe.launch.probeHosts)
        ? await checkHttp(probe)
        : {
            ok: false,
            status: null,
            ms: 0,
            error: "The host was removed from the allow-list; the probe no longer runs.",
            evidence: "",
          };
      await db.probe.update({
        where: { id: probe.id },
        data: { lastOk: result.ok, lastStatus: result.status, lastError: result.error },
      });
      if (probe.stepId) await settleStep({ ...probe, stepId: probe.stepId }, result);
      else if (result.ok && probe.itemId) await tickItem({ ...probe, itemId: probe.itemId }, result.evidence);
    }
  };
  await Promise.all(Array.from({ length: MAX_CONCURRENT }, worker));
  return ran;
}

const probeOwner = (userId: string) =>
  getDb().user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, isAdmin: true } });

/**
 * A validation step under a probe: a pass passes it with the response as evidence, a failure fails it
 * with the error — as the lead who set the probe up. A step no longer in progress is left alone.
 */
async function settleStep(probe: { launchId: string; stepId: string; createdById: string }, result: CheckResult) {
  const user = await probeOwner(probe.createdById);
  if (!user) return;
  await runStep({
    actor: user,
    launchId: probe.launchId,
    stepId: probe.stepId,
    action: "complete",
    outcome: result.ok ? "pass" : "fail",
    evidence: (result.ok ? result.evidence : `${result.error}${result.evidence ? `\n${result.evidence}` : ""}`).slice(
      0,
      10_000,
    ),
    confirmOpenItems: true,
  }).catch((error) =>
    console.error("[probes] could not settle the validation step:", error instanceof Error ? error.message : error),
  );
}

/** A pass ticks the item (if still open) as the lead who set the probe up, with the response as evidence. */
async function tickItem(probe: { launchId: string; itemId: string; createdById: string }, evidence: string) {
  const db = getDb();
  const [item, user] = await Promise.all([
    db.checklistItem.findUnique({ where: { id: probe.itemId }, select: { status: true, deletedAt: true } }),
    probeOwner(probe.createdById),
  ]);
  if (!item || item.deletedAt || item.status === "done" || !user) return;
  await updateItem({ actor: user, launchId: probe.launchId, itemId: probe.itemId, status: "done", evidence }).catch(
    (error) => console.error("[probes] could not tick the item:", error instanceof Error ? error.message : error),
  );
}
