import type { ChecklistItemData } from "@/lib/audit/event-types";

type Status = ChecklistItemData["status"];

/**
 * A parent item's status follows its children: done when every child is done or not applicable
 * (not applicable when all are), in progress once any has started, otherwise to do. A blocked
 * child leaves the parent in progress; the child itself shows the block.
 */
export function deriveParentStatus(children: Status[]): Status {
  if (children.length === 0) return "todo";
  if (children.every((status) => status === "not_applicable")) return "not_applicable";
  if (children.every((status) => status === "done" || status === "not_applicable")) return "done";
  if (children.some((status) => status !== "todo")) return "in_progress";
  return "todo";
}
