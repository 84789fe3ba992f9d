import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { insertPlan } from "@/lib/checklists/insert-plan";
import { createLaunchInput, type CreateLaunchInput } from "@/lib/launches/schemas";
import { toDate } from "@/lib/validation";

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
  const members = team.some((m) => m.userId === actor.id) ? team : [{ userId: actor.id, role: "lead" as const }, ...team];

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
    const event = await recordEvent(tx, {
      launchId: launch.id,
      type: "launch.created",
      actor,
      data: { name: launch.name, ...counts, source },
    });
    return { result: { id: launch.id }, event };
  });
}
