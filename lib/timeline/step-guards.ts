import type { Tx } from "@/lib/db";
import type { StepData } from "@/lib/audit/event-types";
import { AppError } from "@/lib/errors";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { localClock } from "@/lib/report/format";

export type OpenPredecessor = { id: string; title: string; status: StepData["status"] };

// A predecessor that was skipped is out of the way as much as one that is done.
export const finishedStatuses: StepData["status"][] = ["done", "skipped"];

/** The live predecessors of a step that are not yet done or skipped, in plan order. */
export async function openPredecessors(tx: Tx, stepId: string): Promise<OpenPredecessor[]> {
  const links = await tx.stepLink.findMany({
    where: { stepId, predecessor: { deletedAt: null, status: { notIn: finishedStatuses } } },
    select: { predecessor: { select: { id: true, title: true, status: true, position: true } } },
  });
  return links
    .map((link) => link.predecessor)
    .sort((a, b) => a.position - b.position)
    .map(({ id, title, status }) => ({ id, title, status }));
}

/** Starting before the predecessors are complete needs `force` with a reason; otherwise 409 naming them. */
export function refuseOpenPredecessors(title: string, predecessors: OpenPredecessor[]): never {
  const names = predecessors.map((p) => `"${p.title}" (${p.status.replace("_", " ")})`).join(", ");
  throw new AppError("conflict", `"${title}" waits for ${names}. Start it anyway with force: true and a reason.`, {
    predecessors,
    needsConfirmation: "predecessors",
  });
}

/** A fixed-start step's planned start, when it is still in the future. */
export async function notYetDue(
  tx: Tx,
  launchId: string,
  step: { fixedStart: boolean; plannedStart: Date | null; plannedOffsetMinutes: number | null },
  now: Date,
) {
  if (!step.fixedStart) return null;
  const launch = await tx.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: { goLiveAt: true, timezone: true },
  });
  const planned = plannedStartOf(
    { plannedStart: step.plannedStart?.toISOString() ?? null, plannedOffsetMinutes: step.plannedOffsetMinutes },
    launch.goLiveAt?.toISOString() ?? null,
  );
  return planned && planned.getTime() > now.getTime()
    ? { planned, clock: localClock(planned.toISOString(), launch.timezone) }
    : null;
}

/** Titles of the step's linked checklist items that are not done or not applicable, and which of them are required. */
export async function openLinkedItems(tx: Tx, stepId: string) {
  const items = await tx.checklistItem.findMany({
    where: { stepId, deletedAt: null, status: { notIn: ["done", "not_applicable"] } },
    select: { title: true, required: true },
    orderBy: [{ sectionId: "asc" }, { position: "asc" }],
  });
  return {
    open: items.map((item) => item.title),
    required: items.filter((item) => item.required).map((item) => item.title),
  };
}
