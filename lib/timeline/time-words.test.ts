import { describe, expect, it } from "vitest";
import {
  elapsedClock,
  formatClock,
  minutesLabel,
  offsetFromGoLive,
  offsetLabel,
  stepVarianceLabel,
  varianceWording,
} from "@/lib/timeline/time-words";

describe("time words", () => {
  it("says minutes the way people say them", () => {
    expect(minutesLabel(0)).toBe("0 min");
    expect(minutesLabel(45)).toBe("45 min");
    expect(minutesLabel(60)).toBe("1 h");
    expect(minutesLabel(-90)).toBe("1 h 30 min");
  });

  it("ticks a clock in minutes and seconds, hours only when needed", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(4 * 60_000 + 5_900)).toBe("04:05");
    expect(formatClock(3_725_000)).toBe("1:02:05");
    expect(formatClock(-(59 * 60_000 + 59_000))).toBe("59:59");
    expect(formatClock(2 * 86_400_000 + 3 * 3_600_000)).toBe("2d 03:00:00");
  });

  it("measures elapsed time from the actual start, never negative", () => {
    const start = "2026-11-28T01:00:00.000Z";
    expect(elapsedClock(start, Date.parse("2026-11-28T01:12:30.000Z"))).toBe("12:30");
    expect(elapsedClock(start, Date.parse("2026-11-28T00:59:00.000Z"))).toBe("00:00");
    expect(elapsedClock(null, 0)).toBeNull();
  });

  it("words the go-live forecast", () => {
    expect(varianceWording(12)).toEqual({ text: "running 12 min late", tone: "late" });
    expect(varianceWording(0)).toEqual({ text: "on time", tone: "on_time" });
    expect(varianceWording(-3)).toEqual({ text: "3 min early", tone: "early" });
    expect(varianceWording(75).text).toBe("running 1 h 15 min late");
    expect(varianceWording(null).tone).toBe("unknown");
  });

  it("signs a step's variance", () => {
    expect(stepVarianceLabel(12)).toBe("+12 min late");
    expect(stepVarianceLabel(-3)).toBe("\u22123 min early");
    expect(stepVarianceLabel(0)).toBe("on time");
  });

  it("labels offsets from go-live", () => {
    expect(offsetLabel(-30)).toBe("T-30 min");
    expect(offsetLabel(0)).toBe("T-0");
    expect(offsetLabel(90)).toBe("T+1 h 30 min");
    expect(offsetLabel(-240)).toBe("T-4 h");
    expect(offsetFromGoLive("2026-11-28T00:30:00.000Z", "2026-11-28T01:00:00.000Z")).toBe(-30);
    expect(offsetFromGoLive("2026-11-28T00:30:00.000Z", null)).toBeNull();
  });
});
