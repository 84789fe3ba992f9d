import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { memberView, memberViewSelect } from "@/lib/launches/launch-view";
import { AppError } from "@/lib/errors";

/** Adds an existing account to the launch's team with a role and a function label (DBA, QA…). */
export async function addMember({
  actor,
  launchId,
  email,
  role,
  function: fn = "",
}: {
  actor: Actor;
  launchId: string;
  email: string;
  role: Role;
  function?: string;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "team.manage");
    const user = await tx.user.findUnique({ where: { email } });
    if (!user) {
      throw new AppError("invalid", `No account uses ${email}; an admin can create it first.`, {
        fields: { email: ["No such account."] },
      });
    }
    const existing = await tx.membership.findUnique({ where: { launchId_userId: { launchId, userId: user.id } } });
    if (existing) throw new AppError("conflict", `${user.name} is already on this launch (as ${existing.role}).`);
    const member = memberView(
      await tx.membership.create({ data: { launchId, userId: user.id, role, function: fn }, select: memberViewSelect }),
    );
    const event = await recordEvent(tx, { launchId, type: "member.added", actor, data: { member } });
    return { result: member, event };
  });
}
