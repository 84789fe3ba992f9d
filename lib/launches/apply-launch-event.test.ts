import { describe, expect, it } from "vitest";
import { applyLaunchEvent } from "@/lib/launches/apply-launch-event";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";

const item = (version: number, status: ChecklistItemData["status"]): ChecklistItemData => ({
  id: "i1", sectionId: "s1", title: "Snapshot taken", status, position: 0, version,
  updatedAt: "2026-11-22T00:00:00.000Z", updatedBy: null,
});
const snapshot: LaunchSnapshot = {
  id: "l1", name: "Demo", system: "", description: "", timezone: "UTC", goLiveAt: null, seq: 3, myRole: "lead",
  sections: [{ id: "s1", title: "Ready", position: 0, items: [item(1, "todo")] }],
};
const updated = (version: number, status: ChecklistItemData["status"], seq: number) => ({
  launchId: "l1", seq, type: "item.updated" as const, at: "2026-11-22T00:00:00.000Z", actor: null,
  data: { item: item(version, status), changes: { status: { from: "todo", to: status } } },
});

describe("applyLaunchEvent", () => {
  it("replaces the item and advances seq", () => {
    const next = applyLaunchEvent(snapshot, updated(2, "done", 4));
    expect(next.seq).toBe(4);
    expect(next.sections[0]!.items[0]!.status).toBe("done");
    expect(snapshot.sections[0]!.items[0]!.status).toBe("todo");
  });

  it("keeps a newer item the client already has", () => {
    const ahead = applyLaunchEvent(snapshot, updated(3, "todo", 4));
    expect(applyLaunchEvent(ahead, updated(2, "done", 5)).sections[0]!.items[0]!.version).toBe(3);
  });
});
