import type { Db, Tx } from "@/lib/db";
import type { Plan, PlanItem, PlanStep } from "@/lib/plans/plan";

type Options = { keepProgress: boolean; keepOwners: boolean };

/**
 * A launch's live checklist as a plan: for templates (no progress, no people), clones of a
 * rehearsal (no progress, same people) and CSV export (everything). Due times become offsets from
 * go-live so they shift with a new go-live.
 */
export async function launchToPlan(db: Db | Tx, launchId: string, options: Options): Promise<Plan> {
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      goLiveAt: true,
      metrics: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: { key: true, name: true, unit: true, comparator: true, threshold: true },
      },
      steps: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          phase: true,
          ownerLabel: true,
          plannedStart: true,
          plannedOffsetMinutes: true,
          plannedMinutes: true,
          notes: true,
          isMilestone: true,
          isGoLive: true,
          owner: { select: { email: true } },
          predecessors: { where: { predecessor: { deletedAt: null } }, select: { predecessorId: true } },
        },
      },
      sections: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: {
          title: true,
          items: {
            where: { deletedAt: null },
            orderBy: { position: "asc" },
            select: {
              id: true,
              parentId: true,
              title: true,
              status: true,
              statusReason: true,
              required: true,
              details: true,
              howToVerify: true,
              evidence: true,
              dueAt: true,
              ownerLabel: true,
              stepId: true,
              owner: { select: { email: true } },
            },
          },
        },
      },
    },
  });
  const goLive = launch.goLiveAt?.getTime() ?? null;
  const stepIndex = new Map(launch.steps.map((step, index) => [step.id, index]));
  const steps: PlanStep[] = launch.steps.map((step) => ({
    title: step.title,
    phase: step.phase,
    ...(options.keepOwners && (step.owner || step.ownerLabel) && { owner: step.owner?.email ?? step.ownerLabel }),
    startOffsetMinutes:
      step.plannedOffsetMinutes ??
      (step.plannedStart && goLive !== null ? Math.round((step.plannedStart.getTime() - goLive) / 60_000) : null),
    durationMinutes: step.plannedMinutes,
    milestone: step.isMilestone,
    goLive: step.isGoLive,
    after: step.predecessors
      .map((link) => stepIndex.get(link.predecessorId))
      .filter((index): index is number => index !== undefined),
    notes: step.notes,
  }));
  return {
    ...(steps.length > 0 && { steps }),
    ...(launch.metrics.length > 0 && { metrics: launch.metrics }),
    sections: launch.sections.map((section) => {
      type Row = (typeof section.items)[number];
      const toPlanItem = (row: Row): PlanItem => {
        const children = section.items.filter((child) => child.parentId === row.id).map(toPlanItem);
        return {
          title: row.title,
          ...(options.keepProgress && { status: row.status, statusReason: row.statusReason, evidence: row.evidence }),
          required: row.required,
          details: row.details,
          howToVerify: row.howToVerify,
          ...(options.keepOwners && (row.owner || row.ownerLabel) && { owner: row.owner?.email ?? row.ownerLabel }),
          dueOffsetMinutes: row.dueAt && goLive !== null ? Math.round((row.dueAt.getTime() - goLive) / 60_000) : null,
          ...(row.stepId && stepIndex.has(row.stepId) && { step: stepIndex.get(row.stepId) }),
          ...(children.length > 0 && { children }),
        };
      };
      return { title: section.title, items: section.items.filter((row) => row.parentId === null).map(toPlanItem) };
    }),
  };
}
