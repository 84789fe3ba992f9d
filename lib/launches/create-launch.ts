import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { insertPlan } from "@/lib/checklists/insert-plan";
import { createLaunchInput, type CreateLaunchInput } from "@/lib/launches/schemas";
import { toDate } from "@/lib/validation";
import type { Tx } from "@/lib/db";
import type { Plan } from "@/lib/plans/plan";
import { insertPlanFacts } from "@/lib/plans/insert-plan-facts";

type TeamMember = { userId: string; role: Role; function?: string };

/**
 * Creates a launch with its plan. The creator leads it (unless `team` gives them another role), and
 * `team` adds the others at once (the demo seed, clones and templates use that).
 */
export async function createLaunch({
  actor,
  team = [],
  source = "manual",
  clonedFromId = null,
  ...input
}: { actor: Actor; team?: TeamMember[]; source?: string; clonedFromId?: string | null } & CreateLaunchInput) {
  const data = createLaunchInput.parse(input);
  const members = team.some((m) => m.userId === actor.id)
    ? team
    : [{ userId: actor.id, role: "lead" as const }, ...team];

  return commitChange(null, async (tx) => {
    const { plan, ...fields } = data;
    const goLiveAt = toDate(fields.goLiveAt);
    const launch = await tx.launch.create({
      data: {
        ...fields,
        goLiveAt,
        windowStart: toDate(fields.windowStart),
        windowEnd: toDate(fields.windowEnd),
        clonedFromId,
        memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role, function: m.function ?? "" })) },
      },
    });
    const users = await tx.user.findMany({
      where: { id: { in: members.map((m) => m.userId) } },
      select: { id: true, name: true, email: true },
    });
    const counts = await insertPlan(tx, { launchId: launch.id, plan, goLiveAt, members: users });
    const facts = hasLaunchFacts(plan)
      ? await insertPlanFacts(tx, { launchId: launch.id, plan, goLiveAt, ...(await planRowIds(tx, launch.id)) })
      : {};
    const event = await recordEvent(tx, {
      launchId: launch.id,
      type: "launch.created",
      actor,
      data: { name: launch.name, ...counts, ...facts, source },
    });
    return { result: { id: launch.id }, event };
  });
}

const hasLaunchFacts = (plan: Plan) =>
  Boolean(plan.window || plan.checkpoints || plan.messages?.length || plan.gates?.length || plan.triggers?.length);

/** A new launch's step and section ids in plan order (insertPlan writes them at positions 0, 1, 2...). */
async function planRowIds(tx: Tx, launchId: string) {
  const steps = await tx.timelineStep.findMany({
    where: { launchId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const sections = await tx.checklistSection.findMany({
    where: { launchId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { stepIds: steps.map((step) => step.id), sectionIds: sections.map((section) => section.id) };
}
