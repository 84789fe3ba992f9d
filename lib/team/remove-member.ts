import type { Actor } from "@/lib/auth/actor";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { memberView, memberViewSelect } from "@/lib/launches/launch-view";
import { requireAnotherLead } from "@/lib/team/require-another-lead";
import { evictFromLaunch } from "@/lib/realtime/evict-from-launch";
import { notFound } from "@/lib/errors";

/**
 * Takes someone off the launch. Their open sockets leave the launch's room at once, so they stop
 * receiving its events; items they owned become unassigned.
 */
export async function removeMember({ actor, launchId, userId }: { actor: Actor; launchId: string; userId: string }) {
  const member = await commitChange(launchId, async (tx) => {
    await requireMembership(tx, launchId, actor, "team.manage");
    const current = await tx.membership.findUnique({
      where: { launchId_userId: { launchId, userId } },
      select: memberViewSelect,
    });
    if (!current) throw notFound("Team member");
    if (current.role === "lead") await requireAnotherLead(tx, launchId, userId);
    await tx.membership.delete({ where: { launchId_userId: { launchId, userId } } });
    await tx.checklistItem.updateMany({ where: { launchId, ownerId: userId }, data: { ownerId: null } });
    const removed = memberView(current);
    const event = await recordEvent(tx, { launchId, type: "member.removed", actor, data: { member: removed } });
    return { result: removed, event };
  });
  await evictFromLaunch(userId, launchId);
  return member;
}
