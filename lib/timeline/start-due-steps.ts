import { getDb } from "@/lib/db";
import type { LaunchStatus } from "@/lib/generated/prisma/enums";
import { commitChange } from "@/lib/realtime/commit-change";
import { localClock } from "@/lib/report/format";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { startBySystem } from "@/lib/timeline/start-by-system";
import { followTheDay } from "@/lib/launches/follow-the-day";
import { finishedStatuses } from "@/lib/timeline/step-guards";

// Launches whose day is under way (or about to be): a fixed start with nothing before it starts only here.
const running: LaunchStatus[] = ["ready", "in_progress", "monitoring", "on_hold", "rolling_back"];
const over: LaunchStatus[] = ["completed", "rolled_back", "aborted"];

/**
 * Starts every auto-start step that is due: its predecessors are all complete and, with a fixed start,
 * its planned time has come. A timer calls it (fixed starts falling due); server start-up calls it with
 * `onBoot` so steps whose predecessors completed while the server was down start, stamped when they
 * should have started, with a note saying so. Each step is its own transaction. Returns the started ids.
 */
export async function startDueSteps(
  now: Date = new Date(),
  { onBoot = false }: { onBoot?: boolean } = {},
): Promise<string[]> {
  const candidates = await getDb().timelineStep.findMany({
    where: {
      autoStart: true,
      pointOfNoReturn: false,
      status: "pending",
      deletedAt: null,
      launch: { archivedAt: null, status: { notIn: over } },
      predecessors: { none: { predecessor: { deletedAt: null, status: { notIn: finishedStatuses } } } },
    },
    select: {
      id: true,
      launchId: true,
      fixedStart: true,
      plannedStart: true,
      plannedOffsetMinutes: true,
      launch: { select: { goLiveAt: true, timezone: true, status: true } },
      predecessors: {
        where: { predecessor: { deletedAt: null } },
        select: { predecessor: { select: { actualEnd: true } } },
      },
    },
    orderBy: [{ launchId: "asc" }, { position: "asc" }],
  });
  const started: string[] = [];
  for (const step of candidates) {
    const goLiveAt = step.launch.goLiveAt?.toISOString() ?? null;
    const planned = step.fixedStart
      ? plannedStartOf(
          { plannedStart: step.plannedStart?.toISOString() ?? null, plannedOffsetMinutes: step.plannedOffsetMinutes },
          goLiveAt,
        )
      : null;
    // An auto-start step with nothing before it waits for a person, unless its fixed time starts it.
    if (step.predecessors.length === 0 && !(planned && running.includes(step.launch.status))) continue;
    if (planned && planned > now) continue;
    const ends = step.predecessors.map((link) => link.predecessor.actualEnd?.getTime() ?? 0);
    const due = new Date(Math.min(now.getTime(), Math.max(planned?.getTime() ?? 0, ...ends)));
    const at = onBoot && due.getTime() > 0 ? due : now;
    const note = onBoot
      ? `Started on boot: it was due at ${localClock(at.toISOString(), step.launch.timezone)} while the server was down.`
      : "";
    const cause = onBoot ? "boot_recovery" : planned ? "fixed_start" : "predecessors_done";
    const didStart = await commitChange(step.launchId, async (tx) => {
      const event = await startBySystem(tx, step.launchId, step.id, { now, at, cause, note });
      if (!event) return { result: false, event: null };
      const lifecycle = await followTheDay(tx, step.launchId, { kind: "step_started" });
      return { result: true, event, followUps: lifecycle ? [lifecycle] : [] };
    });
    if (didStart) started.push(step.id);
  }
  return started;
}
