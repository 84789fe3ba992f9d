import { describe, expect, it } from "vitest";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import type { StepData } from "@/lib/audit/event-types";
import { testStep } from "@/lib/timeline/test-steps";

// The shared builder, with a plain offset (this file never builds a step without one).
const step = (
  id: string,
  offset: number,
  minutes: number,
  predecessorIds: string[] = [],
  extra: Partial<StepData> = {},
) => testStep(id, offset, minutes, predecessorIds, extra);
const goLive = "2026-11-28T07:00:00.000Z";

describe("buildTimelineForecast", () => {
  const steps = [
    step("prep", -120, 30),
    step("window", -90, 90, ["prep"]),
    step("launch", 0, 0, ["window"], { isMilestone: true, isGoLive: true }),
    step("check", 30, 15, ["launch"]),
  ];

  it("places steps relative to go-live and says when we go live", () => {
    const forecast = buildTimelineForecast(steps, goLive, new Date("2026-11-28T04:00:00Z"));
    expect(forecast.steps.prep!.start).toBe("2026-11-28T05:00:00.000Z");
    expect(forecast.goLive).toEqual({ planned: goLive, forecast: goLive, varianceMinutes: 0, stepId: "launch" });
    expect(forecast.criticalPath).toEqual(["prep", "window", "launch"]);
  });

  it("reports 'running late' when the window overruns", () => {
    const running = steps.map((s) =>
      s.id === "prep"
        ? { ...s, status: "done" as const, actualStart: "2026-11-28T05:00:00Z", actualEnd: "2026-11-28T05:42:00Z" }
        : s,
    );
    const forecast = buildTimelineForecast(running, goLive, new Date("2026-11-28T05:42:00Z"));
    expect(forecast.goLive.varianceMinutes).toBe(12);
    // The check after go-live had 30 minutes of slack: it keeps its planned time.
    expect(forecast.steps.check!.late).toBe(false);
    expect(forecast.steps.window!.late).toBe(true);
  });

  it("leaves relative steps unscheduled until there is a go-live", () => {
    const forecast = buildTimelineForecast(steps, null, new Date());
    expect(forecast.unscheduled).toHaveLength(4);
    expect(forecast.goLive.forecast).toBeNull();
  });
});
