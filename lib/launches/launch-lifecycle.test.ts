import { describe, expect, it } from "vitest";
import { canTransition, launchTransitions } from "@/lib/launches/launch-lifecycle";

describe("launch lifecycle", () => {
  it("walks the happy path and allows ending early", () => {
    expect(canTransition("planning", "ready")).toBe(true);
    expect(canTransition("ready", "in_progress")).toBe(true);
    expect(canTransition("in_progress", "monitoring")).toBe(true);
    expect(canTransition("monitoring", "completed")).toBe(true);
    expect(canTransition("in_progress", "rolled_back")).toBe(true);
    expect(canTransition("ready", "aborted")).toBe(true);
  });

  it("refuses skipping ahead and leaving a completed launch", () => {
    expect(canTransition("planning", "in_progress")).toBe(false);
    expect(canTransition("planning", "completed")).toBe(false);
    expect(launchTransitions.completed).toEqual([]);
  });
});
