import { describe, expect, it } from "vitest";
import { applyLaunchEvent } from "@/lib/launches/apply-launch-event";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import type { LaunchEvent } from "@/lib/realtime/envelope";

const item = (id: string, patch: Partial<ChecklistItemData> = {}): ChecklistItemData => ({
  id,
  sectionId: "s1",
  parentId: null,
  title: id,
  details: "",
  owner: null,
  ownerLabel: "",
  stepId: null,
  dueAt: null,
  status: "todo",
  statusReason: "",
  required: false,
  howToVerify: "",
  evidence: "",
  position: 0,
  version: 1,
  updatedAt: "2026-11-22T00:00:00.000Z",
  updatedBy: null,
  ...patch,
});
const snapshot: LaunchSnapshot = {
  id: "l1",
  version: 1,
  name: "Demo",
  system: "",
  description: "",
  timezone: "UTC",
  goLiveAt: null,
  windowStart: null,
  windowEnd: null,
  status: "planning",
  isRehearsal: false,
  clonedFromId: null,
  archivedAt: null,
  membersUpdateAnyItem: false,
  checkpointEveryMinutes: null,
  checkpointsFrom: null,
  checkpointsUntil: null,
  hasMetricsToken: false,
  lessonsLearned: "",
  autoStartSteps: false,
  rehearsalIds: [],
  metrics: [],
  triggers: [],
  checkpoints: [],
  samples: [],
  incidents: [],
  communications: [],
  seq: 3,
  myRole: "lead",
  members: [],
  steps: [],
  gates: [],
  ackRequests: [],
  sections: [
    { id: "s1", title: "Ready", position: 0, version: 1, items: [item("a"), item("b", { position: 1 })] },
    { id: "s2", title: "Go", position: 1, version: 1, items: [] },
  ],
};
const event = <T extends LaunchEvent["type"]>(type: T, data: Extract<LaunchEvent, { type: T }>["data"], seq = 4) =>
  ({ launchId: "l1", seq, type, at: "2026-11-22T00:00:00.000Z", actor: null, data }) as LaunchEvent;
const titles = (s: LaunchSnapshot, index: number) => s.sections[index]!.items.map((i) => i.id);

describe("applyLaunchEvent", () => {
  it("replaces an updated item and advances seq, leaving the old snapshot alone", () => {
    const next = applyLaunchEvent(
      snapshot,
      event("item.updated", {
        sectionId: "s1",
        item: item("a", { status: "done", version: 2 }),
        changes: {},
        parents: [],
      }),
    );
    expect(next.seq).toBe(4);
    expect(next.sections[0]!.items[0]!.status).toBe("done");
    expect(snapshot.sections[0]!.items[0]!.status).toBe("todo");
  });

  it("keeps a newer item the client already has", () => {
    const ahead = applyLaunchEvent(
      snapshot,
      event("item.updated", { sectionId: "s1", item: item("a", { version: 3 }), changes: {}, parents: [] }),
    );
    const late = applyLaunchEvent(
      ahead,
      event(
        "item.updated",
        { sectionId: "s1", item: item("a", { version: 2, status: "done" }), changes: {}, parents: [] },
        5,
      ),
    );
    expect(late.sections[0]!.items[0]!.version).toBe(3);
  });

  it("moves an item to another section and reorders", () => {
    const moved = applyLaunchEvent(
      snapshot,
      event("item.moved", {
        sectionId: "s2",
        item: item("a", { sectionId: "s2", version: 2 }),
        parents: [],
        positions: [
          { id: "a", sectionId: "s2", parentId: null, position: 0 },
          { id: "b", sectionId: "s1", parentId: null, position: 0 },
        ],
      }),
    );
    expect(titles(moved, 0)).toEqual(["b"]);
    expect(titles(moved, 1)).toEqual(["a"]);
  });

  it("adds, deletes and restores items and sections", () => {
    const added = applyLaunchEvent(
      snapshot,
      event("item.created", { sectionId: "s2", item: item("c", { sectionId: "s2" }), parents: [] }),
    );
    expect(titles(added, 1)).toEqual(["c"]);
    const deleted = applyLaunchEvent(
      added,
      event("item.deleted", { sectionId: "s1", item: item("a"), removedIds: ["a"], parents: [] }, 5),
    );
    expect(titles(deleted, 0)).toEqual(["b"]);
    const noSection = applyLaunchEvent(
      deleted,
      event("section.deleted", { sectionId: "s1", section: { id: "s1", title: "Ready", position: 0, version: 1 } }, 6),
    );
    expect(noSection.sections.map((s) => s.id)).toEqual(["s2"]);
    const back = applyLaunchEvent(
      noSection,
      event(
        "section.restored",
        {
          sectionId: "s1",
          section: { id: "s1", title: "Ready", position: 0, version: 1 },
          items: [item("b", { position: 1 })],
        },
        7,
      ),
    );
    expect(back.sections.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(titles(back, 0)).toEqual(["b"]);
  });

  it("applies launch field changes", () => {
    const launch = { ...snapshot, status: "ready" as const, name: "Renamed" };
    const {
      seq: _seq,
      myRole: _role,
      members: _members,
      sections: _sections,
      steps: _steps,
      gates: _gates,
      ackRequests: _acks,
      metrics: _m,
      triggers: _t,
      checkpoints: _c,
      samples: _s,
      incidents: _i,
      communications: _co,
      ...fields
    } = launch;
    const next = applyLaunchEvent(
      snapshot,
      event("launch.status_changed", { launch: fields, from: "planning", to: "ready", note: "" }),
    );
    expect(next).toMatchObject({ status: "ready", name: "Renamed" });
  });
});

// The checklist's rows are memoised and its sections subscribe by reference: an event must hand back
// the very same objects for everything it did not touch, or every row of a big launch re-renders.
describe("applyLaunchEvent keeps what an event did not touch", () => {
  it("a tick replaces one item and its section; other items and sections stay the same objects", () => {
    const next = applyLaunchEvent(
      snapshot,
      event("item.updated", {
        sectionId: "s1",
        item: item("a", { status: "done", version: 2 }),
        changes: {},
        parents: [],
      }),
    );
    expect(next.sections[0]).not.toBe(snapshot.sections[0]);
    expect(next.sections[0]!.items[0]).not.toBe(snapshot.sections[0]!.items[0]);
    expect(next.sections[0]!.items[1]).toBe(snapshot.sections[0]!.items[1]);
    expect(next.sections[1]).toBe(snapshot.sections[1]);
    expect(next.steps).toBe(snapshot.steps);
  });
});
