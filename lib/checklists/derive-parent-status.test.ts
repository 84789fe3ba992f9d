import { describe, expect, it } from "vitest";
import { deriveParentStatus } from "@/lib/checklists/derive-parent-status";

describe("deriveParentStatus", () => {
  it("is done only when every child is done or not applicable", () => {
    expect(deriveParentStatus(["done", "done"])).toBe("done");
    expect(deriveParentStatus(["done", "not_applicable"])).toBe("done");
    expect(deriveParentStatus(["not_applicable", "not_applicable"])).toBe("not_applicable");
    expect(deriveParentStatus(["done", "todo"])).toBe("in_progress");
    expect(deriveParentStatus(["blocked", "todo"])).toBe("in_progress");
    expect(deriveParentStatus(["todo", "todo"])).toBe("todo");
  });
});
