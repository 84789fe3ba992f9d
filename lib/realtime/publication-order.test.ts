import { describe, expect, it } from "vitest";
import { reservePublication } from "@/lib/realtime/publication-order";
import type { LaunchEvent } from "@/lib/realtime/envelope";

const event = (seq: number) => ({ launchId: "L", seq }) as LaunchEvent;

describe("reservePublication", () => {
  it("sends events in the order their changes took the lock, whatever order the commits are heard in", () => {
    const sent: number[] = [];
    const send = (e: LaunchEvent) => sent.push(e.seq);
    const [first, second, third, fourth] = [1, 2, 3, 4].map(() => reservePublication("L", send));
    third!([event(3), event(4)]); // a change and its follow-up
    second!([]); // rolled back: holds nobody up
    expect(sent).toEqual([]);
    first!([event(1)]);
    expect(sent).toEqual([1, 3, 4]);
    fourth!([event(5)]);
    expect(sent).toEqual([1, 3, 4, 5]);
  });
});
