import { describe, expect, it } from "vitest";
import { ALONE_AFTER_MS, noOtherInstance } from "@/lib/realtime/local-first-broadcast";

describe("telling other instances about an event", () => {
  const now = 1_000_000;
  it("is skipped only when no other instance was heard and listening has been up long enough to hear one", () => {
    expect(noOtherInstance({ otherInstances: 0, listeningSinceMs: now - ALONE_AFTER_MS, nowMs: now })).toBe(true);
  });
  it("always happens when another instance is known", () => {
    expect(noOtherInstance({ otherInstances: 1, listeningSinceMs: now - 10 * ALONE_AFTER_MS, nowMs: now })).toBe(false);
  });
  it("always happens while listening is down or just back (the others' heartbeats may have been missed)", () => {
    expect(noOtherInstance({ otherInstances: 0, listeningSinceMs: null, nowMs: now })).toBe(false);
    expect(noOtherInstance({ otherInstances: 0, listeningSinceMs: now - ALONE_AFTER_MS + 1, nowMs: now })).toBe(false);
  });
});
