import { describe, expect, it } from "vitest";
import { findClock, readDurationCell, readTimeCell, readTimedText } from "@/lib/import/schedule-time";

const at = (hours: number, minutes = 0) => hours * 60 + minutes;

describe("readTimedText", () => {
  it.each([
    ["5:30 AM - 5:45 AM: ENABLE MAINTENANCE MODE (15 min)", at(5, 30), at(5, 45), 15, "ENABLE MAINTENANCE MODE"],
    ["23:00 – 00:30 · Schema migration and backfill (90 min)", at(23), at(0, 30), 90, "Schema migration and backfill"],
    ["7:00 AM - OFFICIAL LAUNCH", at(7), null, null, "OFFICIAL LAUNCH"],
    ["07:30 Checkpoint 1", at(7, 30), null, null, "Checkpoint 1"],
    ["09:00–09:30 Stakeholder update", at(9), at(9, 30), null, "Stakeholder update"],
    ["9:00 to 10:30 Dry run (1.5 hours)", at(9), at(10, 30), 90, "Dry run"],
    ["5:00 - 5:30 AM Final checks", at(5), at(5, 30), null, "Final checks"],
    ["11:30 - 1:00 PM Lunch window", at(11, 30), at(13), null, "Lunch window"],
    ["9 PM - 1:00 Overnight batch [2 h]", at(21), at(1), 120, "Overnight batch"],
    ["12:15 a.m. — Cache warm-up (1h 30m)", at(0, 15), null, 90, "Cache warm-up"],
  ])("reads %j", (text, start, end, stated, title) => {
    expect(readTimedText(text)).toEqual({ start, end, statedMinutes: stated, title });
  });

  it.each([
    "Readiness (T-24h)",
    "2024 Roadmap",
    "1. Preparation",
    "1:1 meetings",
    "5 amazing wins",
    "16:9 screens",
    "25:00 Not a time",
    "13:00 PM Not a time either",
    "07:30",
    "Go-live at 07:30",
  ])("leaves %j alone", (text) => {
    expect(readTimedText(text)).toBeNull();
  });
});

describe("time and duration cells", () => {
  it("reads a time or a range and nothing more", () => {
    expect(readTimeCell(" 22:00 ")).toEqual({ start: at(22), end: null });
    expect(readTimeCell("5:00 – 5:30 AM")).toEqual({ start: at(5), end: at(5, 30) });
    expect(readTimeCell("22:00 sharp")).toBeNull();
    expect(readTimeCell("")).toBeNull();
    expect(readDurationCell("20 min")).toBe(20);
    expect(readDurationCell("1.5 h")).toBe(90);
    expect(readDurationCell("soon")).toBeNull();
  });

  it("finds the time of day in a go-live fact", () => {
    expect(findClock("Saturday 02:00")).toBe(at(2));
    expect(findClock("2026-03-01 07:45")).toBe(at(7, 45));
    expect(findClock("2026-03-01T07:45:00Z")).toBe(at(7, 45));
    expect(findClock("Sat 7 PM")).toBe(at(19));
    expect(findClock("next Saturday")).toBeNull();
  });
});
