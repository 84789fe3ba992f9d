import { describe, expect, it } from "vitest";
import { zonedTicks } from "@/lib/timeline/zoned-ticks";

describe("zonedTicks", () => {
  it("ticks round hours on the launch's clock, naming the day at midnight", () => {
    // 22:00 to 04:00 in Berlin (CET, UTC+1).
    const ticks = zonedTicks(
      Date.parse("2026-11-27T21:00:00Z"),
      Date.parse("2026-11-28T03:00:00Z"),
      "Europe/Berlin",
      6,
    );
    expect(ticks.map((tick) => tick.label)).toEqual([
      "22:00",
      "23:00",
      "Sat 00:00",
      "01:00",
      "02:00",
      "03:00",
      "04:00",
    ]);
    expect(ticks[0]!.at).toBe(Date.parse("2026-11-27T21:00:00Z"));
    expect(ticks.every((tick) => tick.major)).toBe(true);
  });

  it("uses half-hour zones and finer steps when the range is short", () => {
    const ticks = zonedTicks(Date.parse("2026-11-28T00:00:00Z"), Date.parse("2026-11-28T01:00:00Z"), "Asia/Kolkata", 4);
    expect(ticks.map((tick) => tick.label)).toEqual(["05:30", "05:45", "06:00", "06:15", "06:30"]);
    expect(ticks.map((tick) => tick.major)).toEqual([false, false, true, false, false]);
  });
});
