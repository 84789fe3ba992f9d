import type { Db, Tx } from "@/lib/db";
import { gateCriteriaSchema } from "@/lib/gates/schemas";
import type { PlanGate } from "@/lib/plans/plan";

/**
 * A launch's gates as a plan states them: their step and sections as indices in the plan's order (the
 * order launchToPlan uses), and who signs. Items named one by one have no place in a plan and stay behind.
 */
export async function launchGatesToPlan(db: Db | Tx, launchId: string): Promise<PlanGate[]> {
  const launch = await db.launch.findUniqueOrThrow({
    where: { id: launchId },
    select: {
      steps: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: { id: true } },
      sections: { where: { deletedAt: null }, orderBy: { position: "asc" }, select: { id: true } },
      gates: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: { title: true, description: true, stepId: true, criteria: true },
      },
    },
  });
  const stepIndex = new Map(launch.steps.map((step, index) => [step.id, index]));
  const sectionIndex = new Map(launch.sections.map((section, index) => [section.id, index]));
  return launch.gates.map((gate): PlanGate => {
    const parsed = gateCriteriaSchema.safeParse(gate.criteria);
    const criteria = parsed.success ? parsed.data : { sectionIds: [], signoffs: [] };
    const step = gate.stepId === null ? undefined : stepIndex.get(gate.stepId);
    const sections = criteria.sectionIds.flatMap((id) => sectionIndex.get(id) ?? []);
    return {
      title: gate.title,
      ...(gate.description && { description: gate.description }),
      ...(step !== undefined && { step }),
      ...(sections.length > 0 && { sections }),
      signoffs: criteria.signoffs.map(({ by, value }) => ({ by, value })),
    };
  });
}
