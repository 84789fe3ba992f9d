import { describe, expect, it } from "vitest";
import { isoToLocalInput, localInputToIso } from "@/lib/time/zoned";

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
  });
});
