import { describe, expect, it } from "vitest";
import { bestOffset, clockOffset } from "@/lib/realtime/clock-offset";

describe("clock offset", () => {
  it("puts the server's answer halfway through the round trip", () => {
    // Our clock says 1000 → 1200; the server (5 s ahead) answered at its 6100.
    expect(clockOffset(1000, 6100, 1200)).toEqual({ offsetMs: 5000, roundTripMs: 200 });
    expect(clockOffset(1000, 900, 1200)).toEqual({ offsetMs: -200, roundTripMs: 200 });
  });

  it("trusts the fastest round trip", () => {
    expect(
      bestOffset([
        { offsetMs: 4000, roundTripMs: 900 },
        { offsetMs: 5010, roundTripMs: 20 },
        { offsetMs: 4800, roundTripMs: 300 },
      ]),
    ).toBe(5010);
    expect(bestOffset([])).toBe(0);
  });
});
