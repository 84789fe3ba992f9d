import { describe, expect, it } from "vitest";
import { placeAt, POSITION_GAP } from "@/lib/checklists/positions";

const siblings = (...positions: number[]) => positions.map((position, i) => ({ id: `s${i}`, position }));

describe("placeAt", () => {
  it("puts an item between its neighbours without touching them", () => {
    expect(placeAt(siblings(0, 1024, 2048), "x", 1)).toEqual({ position: 512, renumbered: null });
    expect(placeAt(siblings(0, 1024), "x", 0)).toEqual({ position: -POSITION_GAP, renumbered: null });
    expect(placeAt(siblings(0, 1024), "x", 99)).toEqual({ position: 2048, renumbered: null });
    expect(placeAt([], "x", 3)).toEqual({ position: 0, renumbered: null });
  });

  it("spreads the siblings out again when there is no room between two of them", () => {
    const placed = placeAt(siblings(0, 1, 2), "x", 1);
    expect(placed.position).toBe(POSITION_GAP);
    expect(placed.renumbered).toEqual([
      { id: "s0", position: 0 },
      { id: "x", position: POSITION_GAP },
      { id: "s1", position: 2 * POSITION_GAP },
      { id: "s2", position: 3 * POSITION_GAP },
    ]);
  });
});
