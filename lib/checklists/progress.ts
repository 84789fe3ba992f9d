import type { ChecklistItemData } from "@/lib/audit/event-types";

type Item = Pick<ChecklistItemData, "id" | "parentId" | "title" | "status" | "statusReason" | "required" | "sectionId">;

export type ProgressCounts = {
  /** Leaf items: a parent counts as its children. */
  total: number;
  done: number;
  notApplicable: number;
  inProgress: number;
  blocked: number;
  todo: number;
  /** done + not applicable: what counts towards completion. */
  complete: number;
  /** 0–100, rounded down so 100 means really complete. */
  percent: number;
};

export type OpenRequiredItem = { id: string; title: string; status: ChecklistItemData["status"]; sectionId: string };
export type BlockedItem = { id: string; title: string; reason: string; sectionId: string };

export type SectionProgress = ProgressCounts & {
  sectionId: string;
  title: string;
  requiredOpen: OpenRequiredItem[];
  blockedItems: BlockedItem[];
};

export type Verdict = { tone: "empty" | "idle" | "progress" | "blocked" | "ready" | "complete"; label: string };

export type LaunchProgress = ProgressCounts & {
  sections: SectionProgress[];
  requiredOpen: OpenRequiredItem[];
  blockedItems: BlockedItem[];
  verdict: Verdict;
};

const isComplete = (status: ChecklistItemData["status"]) => status === "done" || status === "not_applicable";

/** Items that have no (live) children among `items`. */
export function leafItems<T extends Pick<Item, "id" | "parentId">>(items: T[]): T[] {
  const parents = new Set(items.map((item) => item.parentId).filter((id): id is string => id !== null));
  return items.filter((item) => !parents.has(item.id));
}

export function countProgress(items: Item[]): ProgressCounts {
  const leaves = leafItems(items);
  const count = (status: ChecklistItemData["status"]) => leaves.filter((item) => item.status === status).length;
  const done = count("done");
  const notApplicable = count("not_applicable");
  const complete = done + notApplicable;
  const total = leaves.length;
  return {
    total,
    done,
    notApplicable,
    inProgress: count("in_progress"),
    blocked: count("blocked"),
    todo: count("todo"),
    complete,
    percent: total === 0 ? 0 : Math.floor((complete / total) * 100),
  };
}

/** Required items not yet done or not applicable. A required parent is listed once, not per child. */
export function openRequiredItems(items: Item[]): OpenRequiredItem[] {
  return items
    .filter((item) => item.required && !isComplete(item.status))
    .map(({ id, title, status, sectionId }) => ({ id, title, status, sectionId }));
}

export function blockedItems(items: Item[]): BlockedItem[] {
  return items
    .filter((item) => item.status === "blocked")
    .map(({ id, title, statusReason, sectionId }) => ({ id, title, reason: statusReason, sectionId }));
}

export function sectionProgress(section: { id: string; title: string; items: Item[] }): SectionProgress {
  return {
    ...countProgress(section.items),
    sectionId: section.id,
    title: section.title,
    requiredOpen: openRequiredItems(section.items),
    blockedItems: blockedItems(section.items),
  };
}

export function launchProgress(sections: { id: string; title: string; items: Item[] }[]): LaunchProgress {
  const perSection = sections.map(sectionProgress);
  const all = sections.flatMap((section) => section.items);
  const counts = countProgress(all);
  const requiredOpen = perSection.flatMap((section) => section.requiredOpen);
  const blocked = perSection.flatMap((section) => section.blockedItems);
  return {
    ...counts,
    sections: perSection,
    requiredOpen,
    blockedItems: blocked,
    verdict: verdictFor(
      counts,
      requiredOpen.length,
      all.some((item) => item.required),
    ),
  };
}

/** The one-line status the sample checklists end with, computed from the counts. */
export function verdictFor(counts: ProgressCounts, requiredOpen: number, hasRequired: boolean): Verdict {
  if (counts.total === 0) return { tone: "empty", label: "No items yet" };
  if (counts.complete === counts.total) return { tone: "complete", label: "Complete" };
  if (counts.blocked > 0) return { tone: "blocked", label: `Blocked: ${plural(counts.blocked, "item")}` };
  if (hasRequired && requiredOpen === 0)
    return { tone: "ready", label: "Ready for go: every required item is complete" };
  if (counts.complete === 0 && counts.inProgress === 0) return { tone: "idle", label: "Not started" };
  return {
    tone: "progress",
    label: hasRequired ? `In progress: ${plural(requiredOpen, "required item")} open` : "In progress",
  };
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
