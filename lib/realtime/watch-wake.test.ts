import { describe, expect, it } from "vitest";
import { sleptBetween } from "@/lib/realtime/watch-wake";

describe("sleptBetween", () => {
  it("takes a timer on time, or a little late under load, as awake", () => {
    expect(sleptBetween(0, 5_000)).toBe(false);
    expect(sleptBetween(0, 12_000)).toBe(false);
  });

  it("takes a long gap between two 5 s ticks as sleep", () => {
    expect(sleptBetween(0, 20_001)).toBe(true);
    expect(sleptBetween(0, 8 * 3600_000)).toBe(true);
  });
});
