import type { ChecklistItemData } from "@/lib/audit/event-types";

export const itemFilters = ["mine", "open", "blocked", "required"] as const;
export type ItemFilter = (typeof itemFilters)[number];

type Item = Pick<ChecklistItemData, "id" | "parentId" | "title" | "status" | "required" | "owner">;
export type FilterCriteria = { filters: readonly ItemFilter[]; query?: string; actorId: string };

/** `?filter=mine,blocked` (or repeated `filter` params) as known filters, deduplicated, in a fixed order. */
export function parseFilters(value: string | readonly string[] | null | undefined): ItemFilter[] {
  const words = (typeof value === "string" ? [value] : (value ?? [])).flatMap((part) => part.split(","));
  const wanted = new Set(words.map((word) => word.trim().toLowerCase()));
  return itemFilters.filter((filter) => wanted.has(filter));
}

export const formatFilters = (filters: readonly ItemFilter[]) =>
  itemFilters.filter((f) => filters.includes(f)).join(",");

export const isFiltering = ({ filters, query = "" }: Omit<FilterCriteria, "actorId">) =>
  filters.length > 0 || query.trim() !== "";

/** Does this item itself satisfy every chosen filter (they combine with AND)? */
export function matchesFilters(item: Item, { filters, query = "", actorId }: FilterCriteria): boolean {
  const needle = query.trim().toLowerCase();
  if (needle && !item.title.toLowerCase().includes(needle) && !item.owner?.name.toLowerCase().includes(needle))
    return false;
  return filters.every((filter) => {
    switch (filter) {
      case "mine":
        return item.owner?.id === actorId;
      case "open":
        return item.status !== "done" && item.status !== "not_applicable";
      case "blocked":
        return item.status === "blocked";
      case "required":
        return item.required;
    }
  });
}

/**
 * The items to show, in their given order: those that match, plus the ancestors of each match so the
 * tree still reads ("Backfill" shows above its blocked "Checksums match").
 */
export function filterItems<T extends Item>(items: T[], criteria: FilterCriteria): T[] {
  if (!isFiltering(criteria)) return items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const visible = new Set<string>();
  for (const item of items) {
    if (!matchesFilters(item, criteria)) continue;
    let current: T | undefined = item;
    while (current && !visible.has(current.id)) {
      visible.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return items.filter((item) => visible.has(item.id));
}
