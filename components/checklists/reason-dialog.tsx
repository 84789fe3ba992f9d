"use client";

import { ReasonDialog } from "@/components/ui/reason-dialog";
import { useChecklist, useLaunchSnapshot, type ReasonedStatus } from "@/components/checklists/checklist-context";

export type ReasonTarget = { itemId: string; status: ReasonedStatus } | null;

const wording = {
  blocked: {
    title: "Mark blocked",
    ask: "What is blocking it?",
    placeholder: "e.g. Vendor unreachable, escalated to account manager",
    confirm: "Mark blocked",
  },
  not_applicable: {
    title: "Mark not applicable",
    ask: "Why does it not apply?",
    placeholder: "e.g. No EU traffic in this release",
    confirm: "Mark not applicable",
  },
};

/** Blocked and not applicable need a why (the server refuses them without one). */
export function ItemReasonDialog({ target, onClose }: { target: ReasonTarget; onClose: () => void }) {
  const { actions } = useChecklist();
  const snapshot = useLaunchSnapshot();
  const item = target && snapshot.sections.flatMap((s) => s.items).find((candidate) => candidate.id === target.itemId);
  const words = target ? wording[target.status] : null;
  return (
    <ReasonDialog
      open={!!item}
      onClose={onClose}
      title={words?.title ?? ""}
      description={item ? `"${item.title}"` : undefined}
      ask={words?.ask ?? ""}
      placeholder={words?.placeholder}
      confirmLabel={words?.confirm ?? ""}
      tone={target?.status === "blocked" ? "danger" : "default"}
      initial={item && target && item.status === target.status ? item.statusReason : ""}
      resetKey={item && target ? `${item.id}:${target.status}` : undefined}
      onConfirm={async (reason) => {
        if (!item || !target) return;
        // A conflict shows on the item (with the reason kept for "Apply mine again"); other refusals here.
        const result = await actions.updateItem(
          item.id,
          { status: target.status, statusReason: reason },
          { inline: "conflicts" },
        );
        if (!result.ok && !result.current) return result.error;
      }}
    />
  );
}
