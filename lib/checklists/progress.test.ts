import { describe, expect, it } from "vitest";
import { countProgress, launchProgress, leafItems, sectionProgress } from "@/lib/checklists/progress";
import type { ChecklistItemData } from "@/lib/audit/event-types";

type Status = ChecklistItemData["status"];
const item = (id: string, status: Status, patch: Partial<ChecklistItemData> = {}) => ({
  id,
  sectionId: "s1",
  parentId: null,
  title: id.toUpperCase(),
  status,
  statusReason: "",
  required: false,
  ...patch,
});

describe("leafItems", () => {
  it("drops items that have children, keeping the children", () => {
    const items = [
      item("p", "in_progress"),
      item("c1", "done", { parentId: "p" }),
      item("c2", "todo", { parentId: "p" }),
      item("x", "todo"),
    ];
    expect(leafItems(items).map((i) => i.id)).toEqual(["c1", "c2", "x"]);
  });
});

describe("countProgress", () => {
  it("counts leaves only, with not applicable complete but counted apart", () => {
    const items = [
      item("p", "in_progress"),
      item("c1", "done", { parentId: "p" }),
      item("c2", "not_applicable", { parentId: "p", statusReason: "no EU traffic" }),
      item("c3", "blocked", { parentId: "p", statusReason: "vendor unreachable" }),
      item("x", "in_progress"),
      item("y", "todo"),
    ];
    expect(countProgress(items)).toEqual({
      total: 5,
      done: 1,
      notApplicable: 1,
      inProgress: 1,
      blocked: 1,
      todo: 1,
      complete: 2,
      percent: 40,
    });
  });

  it("never shows 100% before everything is complete", () => {
    const items = [...Array.from({ length: 299 }, (_, i) => item(`d${i}`, "done")), item("last", "todo")];
    expect(countProgress(items).percent).toBe(99);
    expect(countProgress([]).percent).toBe(0);
  });
});

describe("sectionProgress", () => {
  it("lists required items still open and blocked items with their reasons", () => {
    const progress = sectionProgress({
      id: "s1",
      title: "Pre-Deployment",
      items: [
        item("a", "done", { required: true }),
        item("b", "todo", { required: true }),
        item("c", "not_applicable", { required: true, statusReason: "n/a" }),
        item("d", "blocked", { statusReason: "vendor unreachable", required: true }),
      ],
    });
    expect(progress.requiredOpen.map((i) => i.id)).toEqual(["b", "d"]);
    expect(progress.blockedItems).toEqual([{ id: "d", title: "D", reason: "vendor unreachable", sectionId: "s1" }]);
    expect(progress).toMatchObject({ title: "Pre-Deployment", total: 4, complete: 2 });
  });
});

describe("launchProgress", () => {
  const section = (id: string, items: ReturnType<typeof item>[]) => ({
    id,
    title: id,
    items: items.map((i) => ({ ...i, sectionId: id })),
  });

  it("adds sections up and says what state the launch is in", () => {
    const progress = launchProgress([
      section("pre", [item("a", "done"), item("b", "done", { required: true })]),
      section("go", [item("c", "todo", { required: true }), item("d", "in_progress")]),
    ]);
    expect(progress).toMatchObject({ total: 4, complete: 2, percent: 50 });
    expect(progress.sections.map((s) => [s.sectionId, s.complete, s.total])).toEqual([
      ["pre", 2, 2],
      ["go", 0, 2],
    ]);
    expect(progress.requiredOpen.map((i) => i.id)).toEqual(["c"]);
    expect(progress.verdict).toEqual({ tone: "progress", label: "In progress: 1 required item open" });
  });

  it.each([
    [[], "empty", "No items yet"],
    [[item("a", "todo")], "idle", "Not started"],
    [[item("a", "blocked", { statusReason: "r" }), item("b", "done")], "blocked", "Blocked: 1 item"],
    [
      [item("a", "done", { required: true }), item("b", "todo")],
      "ready",
      "Ready for go: every required item is complete",
    ],
    [[item("a", "done"), item("b", "not_applicable", { statusReason: "r" })], "complete", "Complete"],
  ] as const)("verdict %#", (items, tone, label) => {
    expect(launchProgress([section("s", [...items])]).verdict).toEqual({ tone, label });
  });
});
