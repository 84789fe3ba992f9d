import { describe, expect, it } from "vitest";
import { nextMilestone } from "@/lib/timeline/next-milestone";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { testStep as step } from "@/lib/timeline/test-steps";

// Go-live 02:00 Berlin = 01:00 UTC; the window opens at 22:00 Berlin = 21:00 UTC the day before.
const goLiveAt = "2026-11-28T01:00:00.000Z";
const windowStart = "2026-11-27T21:00:00.000Z";
const at = (iso: string) => Date.parse(iso);
const plan = [
  step("bridge", -240, 20),
  step("gonogo1", -220, 10, ["bridge"], { isMilestone: true, title: "Go / no-go #1" }),
  step("migrate", -180, 90, ["gonogo1"]),
  step("switch", 0, 10, ["migrate"], { isMilestone: true, isGoLive: true, title: "Switch 10% of traffic" }),
];

function target(
  steps = plan,
  now: number,
  launch: { windowStart: string | null; goLiveAt: string | null } = { windowStart, goLiveAt },
) {
  return nextMilestone({ ...launch, steps }, buildTimelineForecast(steps, launch.goLiveAt, new Date(now)), now);
}

describe("nextMilestone", () => {
  it("counts down to the window opening first", () => {
    expect(target(plan, at("2026-11-27T20:00:00Z"))).toMatchObject({ kind: "window", at: windowStart, overdue: false });
  });

  it("then to the next milestone step, then to go-live", () => {
    expect(target(plan, at("2026-11-27T21:05:00Z"))).toMatchObject({
      kind: "milestone",
      stepId: "gonogo1",
      at: "2026-11-27T21:20:00.000Z",
      label: "Go / no-go #1",
    });
    const past = plan.map((s) =>
      s.id === "gonogo1" || s.id === "bridge"
        ? { ...s, status: "done" as const, actualStart: "2026-11-27T21:00:00Z", actualEnd: "2026-11-27T21:30:00Z" }
        : s,
    );
    expect(target(past, at("2026-11-27T21:35:00Z"))).toMatchObject({
      kind: "go-live",
      stepId: "switch",
      at: goLiveAt,
      overdue: false,
    });
  });

  it("keeps a milestone whose time passed as the target, overdue, until it starts", () => {
    const result = target(plan, at("2026-11-27T21:25:00Z"));
    expect(result).toMatchObject({ stepId: "gonogo1", overdue: true });
    // The forecast says it can only start now-ish (its predecessor has not run).
    expect(result?.forecastAt).not.toBeNull();
  });

  it("has nothing left once go-live has started", () => {
    const live = plan.map((s) => ({
      ...s,
      status: "done" as const,
      actualStart: "2026-11-28T01:00:00Z",
      actualEnd: "2026-11-28T01:05:00Z",
    }));
    expect(target(live, at("2026-11-28T01:06:00Z"))).toBeNull();
  });

  it("uses the launch's go-live when no step is marked as go-live", () => {
    expect(target([], at("2026-11-28T00:00:00Z"), { windowStart: null, goLiveAt })).toMatchObject({
      kind: "go-live",
      stepId: null,
      at: goLiveAt,
    });
    expect(target([], at("2026-11-28T02:00:00Z"), { windowStart: null, goLiveAt })).toBeNull();
  });
});
