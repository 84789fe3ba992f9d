import { describe, expect, it } from "vitest";
import type { StepData } from "@/lib/audit/event-types";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { calibratedForecastText } from "@/lib/timeline/calibration-words";
import { calibratedMinutes } from "@/lib/timeline/rehearsal-calibration";
import { testStep } from "@/lib/timeline/test-steps";

// Go-live 07:00 UTC, the clock at 05:00 (nothing started). The plan: A 06:00 for 20 min, then B (planned
// 06:20, 30 min), then the go-live milestone G at 07:00. By the plan B ends 06:50, so G is on time.
const GO_LIVE = "2026-11-28T07:00:00.000Z";
const NOW = new Date("2026-11-28T05:00:00.000Z");
const done = (launchId: string, minutes: number) => ({
  launchId,
  launchName: launchId,
  minutes,
  status: "done" as const,
});
const failed = (launchId: string, minutes: number | null) => ({
  launchId,
  launchName: launchId,
  minutes,
  status: "failed" as const,
});

function plan(a: StepData["rehearsalActuals"], b: StepData["rehearsalActuals"]) {
  return [
    testStep("A", -60, 20, [], { rehearsalActuals: a }),
    testStep("B", -40, 30, ["A"], { rehearsalActuals: b }),
    testStep("G", 0, 0, ["B"], { isGoLive: true, isMilestone: true }),
  ];
}
const clock = (iso: string | null) => iso?.slice(11, 16) ?? null;

describe("rehearsal-calibrated forecast", () => {
  it("uses the plan when no rehearsal measured anything", () => {
    const forecast = buildTimelineForecast(plan([], []), GO_LIVE, NOW);
    expect(clock(forecast.goLive.forecast)).toBe("07:00");
    expect(forecast.calibration).toBeNull();
    expect(calibratedForecastText(forecast, "UTC")).toBeNull();
  });

  it("one rehearsal: A took 35, B 40 → B ends 07:15, so go-live 07:15 with no spread", () => {
    const forecast = buildTimelineForecast(plan([done("r1", 35)], [done("r1", 40)]), GO_LIVE, NOW);
    expect(clock(forecast.goLive.forecast)).toBe("07:15");
    expect(forecast.goLive.varianceMinutes).toBe(15);
    expect(forecast.calibration).toMatchObject({ rehearsals: 1, steps: 2 });
    expect(calibratedForecastText(forecast, "UTC")).toBe("forecast 07:15 (07:15–07:15), calibrated by 1 rehearsal");
  });

  it("two rehearsals: medians A 35, B 45 → 07:20; lowest 30+40 → 07:10; highest 40+50 → 07:30", () => {
    const forecast = buildTimelineForecast(
      plan([done("r1", 30), done("r2", 40)], [done("r1", 50), done("r2", 40)]),
      GO_LIVE,
      NOW,
    );
    expect(calibratedMinutes([done("r1", 50), done("r2", 40)])).toEqual({ median: 45, low: 40, high: 50, count: 2 });
    expect(clock(forecast.goLive.forecast)).toBe("07:20");
    expect(clock(forecast.calibration!.goLiveLow)).toBe("07:10");
    expect(clock(forecast.calibration!.goLiveHigh)).toBe("07:30");
    expect(calibratedForecastText(forecast, "UTC")).toBe("forecast 07:20 (07:10–07:30), calibrated by 2 rehearsals");
    // Europe/Berlin is UTC+1 in November: the same forecast on the launch's clock.
    expect(calibratedForecastText(forecast, "Europe/Berlin")).toBe(
      "forecast 08:20 (08:10–08:30), calibrated by 2 rehearsals",
    );
  });

  it("a step missing in the rehearsal keeps its plan: A 50 (rehearsed), B 30 (plan) → 07:20", () => {
    const forecast = buildTimelineForecast(plan([done("r1", 50)], []), GO_LIVE, NOW);
    expect(clock(forecast.goLive.forecast)).toBe("07:20");
    expect(forecast.calibration).toMatchObject({ rehearsals: 1, steps: 1 });
    // B's variance is still against its own plan (06:50): it ends 07:20, 30 min late.
    expect(forecast.steps.B!.endVarianceMinutes).toBe(30);
  });

  it("a step that failed in a rehearsal measured nothing there: only the good run counts", () => {
    const forecast = buildTimelineForecast(plan([failed("r1", 90), done("r2", 30)], []), GO_LIVE, NOW);
    // A 30 (only r2), B 30 (plan): B ends 07:00, go-live on time.
    expect(clock(forecast.goLive.forecast)).toBe("07:00");
    expect(forecast.calibration).toMatchObject({ rehearsals: 1 });
    const onlyFailed = buildTimelineForecast(plan([failed("r1", 90)], []), GO_LIVE, NOW);
    expect(onlyFailed.calibration).toBeNull();
    expect(clock(onlyFailed.goLive.forecast)).toBe("07:00");
  });
});
