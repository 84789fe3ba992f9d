import { describe, expect, it } from "vitest";
import { phaseTitle } from "@/lib/timeline/phase-title";
import { testStep as step } from "@/lib/timeline/test-steps";

// Go-live 15:30 in Berlin (14:30 UTC).
const goLiveAt = "2026-12-15T14:30:00.000Z";
const imported = "5:30 AM - 7:00 AM: DEPLOYMENT PHASE";
const steps = [
  step("deploy", 0, 60, [], { phase: imported }),
  step("verify", 60, 30, ["deploy"], { phase: imported }),
  step("announce", 120, 10, [], { phase: "WRAP-UP" }),
];

describe("phaseTitle", () => {
  it("shows the phase's planned times in the viewer's zone instead of the imported ones", () => {
    expect(phaseTitle(imported, steps, goLiveAt, "Europe/Berlin")).toBe("15:30–17:00 CET: DEPLOYMENT PHASE");
    expect(phaseTitle(imported, steps, goLiveAt, "America/New_York")).toBe("09:30–11:00 EST: DEPLOYMENT PHASE");
  });

  it("keeps names without times, and names of phases with no placed step", () => {
    expect(phaseTitle("WRAP-UP", steps, goLiveAt, "Europe/Berlin")).toBe("WRAP-UP");
    expect(phaseTitle(imported, steps, null, "Europe/Berlin")).toBe(imported);
  });
});
