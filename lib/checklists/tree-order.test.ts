import { describe, expect, it } from "vitest";
import { treeOrder } from "@/lib/checklists/tree-order";

describe("treeOrder", () => {
  it("puts children right after their parent, siblings by position", () => {
    const items = [
      { id: "b", parentId: null, position: 1 },
      { id: "a2", parentId: "a", position: 1 },
      { id: "a", parentId: null, position: 0 },
      { id: "a1", parentId: "a", position: 0 },
      { id: "orphan", parentId: "gone", position: 2 },
    ];
    expect(treeOrder(items).map((item) => item.id)).toEqual(["a", "a1", "a2", "b", "orphan"]);
  });
});
