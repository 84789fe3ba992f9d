import { describe, expect, it } from "vitest";
import { countdownTo, nextStepCountdown } from "@/lib/timeline/countdown";
import { nextMilestone } from "@/lib/timeline/next-milestone";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { testStep as step } from "@/lib/timeline/test-steps";

const goLiveAt = "2026-11-28T01:00:00.000Z";
const at = (iso: string) => Date.parse(iso);

describe("countdownTo", () => {
  it("counts to the plan when the forecast agrees", () => {
    expect(countdownTo(goLiveAt, goLiveAt, at("2026-11-28T00:55:30Z"))).toMatchObject({
      at: goLiveAt,
      forecastAt: null,
      clock: "04:30",
      overdue: false,
      slipping: false,
    });
  });

  it("counts to the forecast when it is later, keeping the plan beside it", () => {
    const view = countdownTo(goLiveAt, "2026-11-28T01:06:00.000Z", at("2026-11-28T00:55:00Z"));
    expect(view).toMatchObject({ at: "2026-11-28T01:06:00.000Z", planned: goLiveAt, clock: "11:00", slipping: true });
  });

  it("counts up once the expected time has passed", () => {
    expect(countdownTo(goLiveAt, null, at("2026-11-28T01:02:05Z"))).toMatchObject({ overdue: true, clock: "+02:05" });
  });

  it("counts up from the plan when a due step is forecast to start now", () => {
    const now = at("2026-11-28T01:10:00Z");
    expect(countdownTo(goLiveAt, new Date(now).toISOString(), now)).toMatchObject({ overdue: true, clock: "+10:00" });
  });
});

describe("one countdown for every screen", () => {
  // The review waits for a 60 min migration that started 10 min late: plan 00:00, forecast 00:10.
  const plan = [
    step("migrate", -120, 60, [], {
      status: "in_progress",
      actualStart: "2026-11-27T23:10:00.000Z",
    }),
    step("review", -60, 15, ["migrate"], { isMilestone: true, title: "Review" }),
    step("switch", 0, 10, ["review"], { isMilestone: true, isGoLive: true }),
  ];
  const now = at("2026-11-27T23:50:00Z");
  const forecast = buildTimelineForecast(plan, goLiveAt, new Date(now));

  it("the milestone countdown and the next step agree with the forecast", () => {
    const target = nextMilestone({ windowStart: null, goLiveAt, steps: plan }, forecast, now)!;
    const milestone = countdownTo(target.at, target.forecastAt, now);
    const next = nextStepCountdown(plan, forecast, goLiveAt, now)!;
    expect(next.step.id).toBe("review");
    expect(forecast.steps.review!.start).toBe("2026-11-28T00:10:00.000Z");
    expect(milestone.at).toBe(forecast.steps.review!.start);
    expect(next.at).toBe(milestone.at);
    expect(next.planned).toBe("2026-11-28T00:00:00.000Z");
    expect(next.clock).toBe("20:00");
  });

  it("has no next step when nothing is pending", () => {
    const done = plan.map((s) => ({ ...s, status: "done" as const }));
    expect(nextStepCountdown(done, buildTimelineForecast(done, goLiveAt, new Date(now)), goLiveAt, now)).toBeNull();
  });
});
