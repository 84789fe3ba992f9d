import { describe, expect, it } from "vitest";
import { hasClockTime, retimeTitle } from "@/lib/time/title-times";

// The phase runs 15:30–17:00 in Berlin (CET, winter).
const span = { start: "2026-11-28T14:30:00.000Z", end: "2026-11-28T16:00:00.000Z" };

describe("retimeTitle", () => {
  it("renders an imported time range from the phase's own times, with the zone", () => {
    expect(retimeTitle("5:30 AM - 7:00 AM: DEPLOYMENT PHASE", span, "Europe/Berlin")).toBe(
      "15:30–17:00 CET: DEPLOYMENT PHASE",
    );
    expect(retimeTitle("Cut-over (05:30–07:00)", span, "Europe/Berlin")).toBe("Cut-over (15:30–17:00 CET)");
    expect(retimeTitle("5am to 7am Smoke tests", span, "America/New_York")).toBe("09:30–11:00 EST Smoke tests");
  });

  it("renders a leading clock time as the phase's start", () => {
    expect(retimeTitle("5:30 PM: Go / no-go", span, "Europe/Berlin")).toBe("15:30 CET: Go / no-go");
  });

  it("leaves titles without clock times alone, and numbered phases too", () => {
    expect(retimeTitle("DEPLOYMENT PHASE", span, "Europe/Berlin")).toBe("DEPLOYMENT PHASE");
    expect(retimeTitle("Phase 2 - Migrate", span, "Europe/Berlin")).toBe("Phase 2 - Migrate");
    expect(hasClockTime("1 - 2: Prepare")).toBe(false);
    expect(retimeTitle("5:30 AM - 7:00 AM: X", null, "Europe/Berlin")).toBe("5:30 AM - 7:00 AM: X");
  });
});
