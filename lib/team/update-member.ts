import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { diffFields } from "@/lib/audit/diff-fields";
import { memberView, memberViewSelect } from "@/lib/launches/launch-view";
import { requireAnotherLead } from "@/lib/team/require-another-lead";
import { notFound, requireCurrentVersion } from "@/lib/errors";

/** Changes a member's role or function label. A launch always keeps at least one lead. */
export async function updateMember({
  actor,
  launchId,
  userId,
  version,
  ...input
}: {
  actor: Actor;
  launchId: string;
  userId: string;
  role?: Role;
  function?: string;
  version?: number;
}) {
  return commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "team.manage");
    const current = await tx.membership.findUnique({
      where: { launchId_userId: { launchId, userId } },
      select: memberViewSelect,
    });
    if (!current) throw notFound("Team member");
    if (current.role === "lead" && input.role && input.role !== "lead") await requireAnotherLead(tx, launchId, userId);
    const changes = diffFields(current, input);
    if (Object.keys(changes).length === 0) return { result: memberView(current), event: null };
    requireCurrentVersion(version, current, `${current.user.name}'s membership`, memberView(current));
    const member = memberView(
      await tx.membership.update({
        where: { launchId_userId: { launchId, userId } },
        data: { ...input, version: { increment: 1 } },
        select: memberViewSelect,
      }),
    );
    const event = await recordEvent(tx, { launchId, type: "member.updated", actor, data: { member, changes } });
    return { result: member, event };
  });
}
