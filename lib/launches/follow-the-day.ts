import type { Tx } from "@/lib/db";
import type { LaunchStatus } from "@/lib/generated/prisma/enums";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { recordEvent } from "@/lib/audit/record-event";
import { systemActor } from "@/lib/audit/system-actor";
import { launchFieldsSelect, launchFieldsView } from "@/lib/launches/launch-view";
import { isRollbackStep } from "@/lib/launches/rollback-steps";

/** What just happened that the launch's status may follow. */
export type DayCue =
  | { kind: "step_started" }
  | { kind: "step_finished"; isGoLive: boolean }
  | { kind: "gate_decided"; decision: "go" | "no_go" | "hold" }
  | { kind: "checkpoint_decided"; decision: string };

// Statuses the system never leaves by itself: the launch is over, or not yet under way and a person decides.
const settled: LaunchStatus[] = ["completed", "rolled_back", "aborted"];
const notStarted: LaunchStatus[] = ["planning", "ready"];

type StepState = { title: string; phase: string; status: string };

/** The status the day calls for after `cue`, or null to leave it. Pure, so the rules are tested alone. */
export function nextStatus(
  current: LaunchStatus,
  cue: DayCue,
  steps: StepState[],
): { to: LaunchStatus; why: string } | null {
  if (settled.includes(current)) return null;
  const finished = (step: StepState) => step.status === "done" || step.status === "skipped";
  const rollbackSteps = steps.filter(isRollbackStep);
  const planSteps = steps.filter((step) => !isRollbackStep(step));
  switch (cue.kind) {
    case "gate_decided":
      if (cue.decision === "no_go" && current !== "rolling_back")
        return { to: "on_hold", why: "A gate was decided NO-GO." };
      if (cue.decision === "go" && current === "on_hold")
        return { to: "in_progress", why: "A gate was decided GO after the hold." };
      return null;
    case "checkpoint_decided":
      return cue.decision === "rollback" && current !== "rolling_back"
        ? { to: "rolling_back", why: "A checkpoint decided to roll back." }
        : null;
    case "step_started":
      return notStarted.includes(current) ? { to: "in_progress", why: "The first step started." } : null;
    case "step_finished":
      if (current === "rolling_back") {
        return rollbackSteps.length > 0 && rollbackSteps.every(finished)
          ? { to: "rolled_back", why: "The rollback steps are complete." }
          : null;
      }
      if (current === "on_hold") return null;
      if (planSteps.length > 0 && planSteps.every(finished))
        return { to: "completed", why: "The last step is complete." };
      if (cue.isGoLive && current !== "monitoring")
        return { to: "monitoring", why: "The go-live milestone is complete." };
      if (notStarted.includes(current)) return { to: "in_progress", why: "A step was completed." };
      return null;
  }
}

/**
 * Moves the launch's status to follow what just happened, inside the caller's transaction, recorded as
 * an audit event by the system. The lead can set another status afterwards (changeLaunchStatus).
 */
export async function followTheDay(tx: Tx, launchId: string, cue: DayCue): Promise<LaunchEvent | null> {
  await tx.$queryRaw`SELECT id FROM "Launch" WHERE id = ${launchId} FOR UPDATE`;
  const current = await tx.launch.findUniqueOrThrow({ where: { id: launchId }, select: launchFieldsSelect });
  if (current.archivedAt) return null;
  const steps = await tx.timelineStep.findMany({
    where: { launchId, deletedAt: null },
    select: { title: true, phase: true, status: true },
  });
  const next = nextStatus(current.status, cue, steps);
  if (!next || next.to === current.status) return null;
  const launch = launchFieldsView(
    await tx.launch.update({ where: { id: launchId }, data: { status: next.to }, select: launchFieldsSelect }),
  );
  return recordEvent(tx, {
    launchId,
    type: "launch.status_changed",
    actor: systemActor,
    data: { launch, from: current.status, to: next.to, note: next.why },
  });
}
