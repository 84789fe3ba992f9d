import type { Actor } from "@/lib/auth/actor";
import { can, canUpdateItemProgress } from "@/lib/auth/permissions";
import { requireMembership } from "@/lib/launches/require-membership";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { itemView, itemViewSelect } from "@/lib/checklists/item-view";
import { lockItem } from "@/lib/checklists/lock-item";
import { recomputeAncestors } from "@/lib/checklists/recompute-ancestors";
import { requireMemberUser } from "@/lib/launches/require-member-user";
import { planFieldNames, progressFieldNames, needsReason, type UpdateItemInput } from "@/lib/checklists/schemas";
import { diffFields } from "@/lib/audit/diff-fields";
import { AppError } from "@/lib/errors";
import { requireStep } from "@/lib/timeline/require-step";
import { toDate } from "@/lib/validation";
import { tickItem, type Tick } from "@/lib/checklists/tick-item";

/**
 * Changes an item: its plan (title, details, owner, due, required, how to verify: the lead) or its
 * progress (status, reason, evidence: the lead, or members on their own items). A write based on an
 * older version than the server's is refused with the current state, so no one's change is lost unseen.
 */
export async function updateItem({
  actor,
  launchId,
  itemId,
  version,
  ...input
}: { actor: Actor; launchId: string; itemId: string } & UpdateItemInput) {
  // A plain tick (status, maybe its reason) takes the short path; it hands back anything unusual.
  const tick = asTick(input);
  if (tick) {
    const ticked = await tickItem(actor, launchId, itemId, { ...tick, version });
    if (ticked) return ticked;
  }
  return commitChange(launchId, async (tx) => {
    const membership = await requireMembership(tx, launchId, actor, "launch.view", { write: true });
    const current = await lockItem(tx, launchId, itemId);

    const touchesPlan = planFieldNames.some((field) => input[field] !== undefined);
    const touchesProgress = progressFieldNames.some((field) => input[field] !== undefined);
    if (touchesPlan && !can(membership.role, "plan.edit")) {
      throw new AppError(
        "forbidden",
        "Only the launch's lead can change an item's title, details, owner, due time or flags.",
      );
    }
    if (
      touchesProgress &&
      !canUpdateItemProgress({
        role: membership.role,
        actorId: actor.id,
        ownerId: current.ownerId,
        membersUpdateAnyItem: membership.membersUpdateAnyItem,
        myFunction: membership.function,
        ownerLabel: current.ownerLabel,
      })
    ) {
      throw new AppError(
        "forbidden",
        membership.role === "member"
          ? `"${current.title}" is ${current.owner ? `owned by ${current.owner.name}` : "not assigned to you"}; ask the lead to assign it to you or to let members update any item.`
          : `Your role on this launch (${membership.role}) cannot update checklist items.`,
      );
    }

    const next = { ...input, dueAt: toDate(input.dueAt) };
    // Leaving blocked / not applicable drops the reason that went with it.
    if (next.status && !needsReason(next.status) && next.statusReason === undefined && current.statusReason)
      next.statusReason = "";
    const changes = diffFields(current, next);
    if (Object.keys(changes).length === 0) return { result: itemView(current), event: null };
    if (version !== undefined && version !== current.version) {
      throw new AppError(
        "conflict",
        `Someone else changed "${current.title}" first; review its current state and try again.`,
        {
          current: itemView(current),
        },
      );
    }
    if (changes.status && current.childCount > 0) {
      throw new AppError("invalid", `"${current.title}" has sub-items: its status follows theirs.`);
    }
    const status = next.status ?? current.status;
    const reason = next.statusReason ?? current.statusReason;
    if (needsReason(status) && !reason) {
      throw new AppError(
        "invalid",
        `Say why "${current.title}" is ${status.replace("_", " ")}: statusReason is required.`,
        {
          fields: { statusReason: ["A reason is required for blocked and not applicable items."] },
        },
      );
    }
    const newOwner = next.ownerId
      ? await requireMemberUser(tx, launchId, next.ownerId)
      : next.ownerId === undefined
        ? undefined
        : null;
    if (next.stepId) await requireStep(tx, launchId, next.stepId);

    // Only the row's own columns come back (one UPDATE … RETURNING, not a second query for the
    // relations): the owner is known from above, the updater is the actor.
    const { owner: _owner, updatedBy: _updatedBy, ...columns } = itemViewSelect;
    const updated = await tx.checklistItem.update({
      where: { id: itemId },
      data: { ...next, version: { increment: 1 }, updatedAt: new Date(), updatedById: actor.id },
      select: columns,
    });
    const owner = newOwner === undefined ? current.owner : newOwner;
    const item = itemView({ ...updated, owner, updatedBy: { id: actor.id, name: actor.name } });
    const parents = changes.status ? await recomputeAncestors(tx, current.parentId, actor.id) : [];
    const event = await recordEvent(tx, {
      launchId,
      type: "item.updated",
      actor,
      data: { sectionId: item.sectionId, item, changes, parents },
    });
    return { result: item, event };
  });
}

function asTick(input: Omit<UpdateItemInput, "version">): Omit<Tick, "version"> | undefined {
  const fields = Object.entries(input).filter(([, value]) => value !== undefined);
  if (!input.status || fields.some(([field]) => field !== "status" && field !== "statusReason")) return undefined;
  return { status: input.status, statusReason: input.statusReason };
}
