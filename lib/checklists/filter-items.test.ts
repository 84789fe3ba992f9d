import { describe, expect, it } from "vitest";
import { filterItems, formatFilters, isFiltering, matchesFilters, parseFilters } from "@/lib/checklists/filter-items";
import type { ChecklistItemData } from "@/lib/audit/event-types";

const me = { id: "u-me", name: "Dana Lead" };
const sam = { id: "u-sam", name: "Sam Sponsor" };
const item = (id: string, patch: Partial<ChecklistItemData> = {}) => ({
  id,
  parentId: null,
  title: id,
  status: "todo" as ChecklistItemData["status"],
  required: false,
  owner: null,
  ...patch,
});

// Tree order, as the snapshot keeps it.
const items = [
  item("Backfill", { owner: sam, status: "in_progress" }),
  item("Row counts", { parentId: "Backfill", owner: sam, status: "done" }),
  item("Checksums", { parentId: "Backfill", owner: me, status: "blocked", required: true }),
  item("Snapshot", { owner: me, status: "done", required: true }),
  item("Announce", { status: "not_applicable" }),
  item("Smoke tests", { owner: me, required: true }),
];
const ids = (list: { id: string }[]) => list.map((i) => i.id);
const by = (filters: Parameters<typeof parseFilters>[0], query?: string) =>
  filterItems(items, { filters: parseFilters(filters), query, actorId: me.id });

describe("parseFilters / formatFilters", () => {
  it("reads the URL value, ignoring unknown words, case and duplicates", () => {
    expect(parseFilters("blocked,Mine,bogus,mine")).toEqual(["mine", "blocked"]);
    expect(parseFilters(["open", "required"])).toEqual(["open", "required"]);
    expect(parseFilters(undefined)).toEqual([]);
    expect(parseFilters("")).toEqual([]);
  });
  it("writes them back in a stable order", () => {
    expect(formatFilters(["required", "mine"])).toBe("mine,required");
    expect(formatFilters([])).toBe("");
  });
});

describe("filterItems", () => {
  it("shows everything when no filter is chosen", () => {
    expect(by(undefined)).toBe(items);
    expect(isFiltering({ filters: [], query: "  " })).toBe(false);
  });

  it("mine: items I own, with their parents kept for context", () => {
    expect(ids(by("mine"))).toEqual(["Backfill", "Checksums", "Snapshot", "Smoke tests"]);
  });

  it("open: not done and not not-applicable", () => {
    expect(ids(by("open"))).toEqual(["Backfill", "Checksums", "Smoke tests"]);
  });

  it("blocked keeps the blocked item's ancestors", () => {
    expect(ids(by("blocked"))).toEqual(["Backfill", "Checksums"]);
  });

  it("filters combine with AND", () => {
    expect(ids(by("mine,required,open"))).toEqual(["Backfill", "Checksums", "Smoke tests"]);
    expect(ids(by("blocked,mine"))).toEqual(["Backfill", "Checksums"]);
    expect(ids(by("blocked,required,open,mine"))).toEqual(["Backfill", "Checksums"]);
    expect(ids(by("required", "smoke"))).toEqual(["Smoke tests"]);
  });

  it("matches the text against title and owner name", () => {
    expect(ids(by("", "SAM"))).toEqual(["Backfill", "Row counts"]);
    expect(ids(by("", "nothing like it"))).toEqual([]);
  });

  it("an ancestor shown for context does not itself match", () => {
    const criteria = { filters: parseFilters("blocked"), actorId: me.id };
    expect(matchesFilters(items[0]!, criteria)).toBe(false);
    expect(matchesFilters(items[2]!, criteria)).toBe(true);
  });
});
