import { describe, expect, it } from "vitest";
import { applyPresenceDelta } from "@/lib/realtime/presence-delta";

const ann = { id: "a", name: "Ann" };
const bob = { id: "b", name: "Bob" };
const cy = { id: "c", name: "Cy" };

describe("applyPresenceDelta", () => {
  it("adds arrivals in name order, drops departures, and ignores repeats", () => {
    expect(applyPresenceDelta([bob], { joined: [cy, ann], left: [] })).toEqual([ann, bob, cy]);
    expect(applyPresenceDelta([ann, bob, cy], { joined: [], left: ["b", "nobody"] })).toEqual([ann, cy]);
    expect(applyPresenceDelta([ann], { joined: [ann], left: [] })).toEqual([ann]);
  });
});
