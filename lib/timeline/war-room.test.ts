import { describe, expect, it } from "vitest";
import { currentPhase, groupByPhase, nextUpSteps, ownerName, stepCounts } from "@/lib/timeline/war-room";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { testStep as step } from "@/lib/timeline/test-steps";

const steps = [
  step("a", -60, 10, [], { phase: "Prepare" }),
  step("b", -50, 20, ["a"], { phase: "Prepare" }),
  step("c", -30, 30, ["b"], { phase: "Migrate" }),
  step("d", 0, 10, ["c"], { phase: "Switch" }),
  step("e", 10, 10, [], { phase: "Prepare" }),
];

describe("groupByPhase", () => {
  it("keeps plan order, one group per run of a phase", () => {
    expect(groupByPhase(steps).map((group) => [group.phase, group.steps.map((s) => s.id).join("")])).toEqual([
      ["Prepare", "ab"],
      ["Migrate", "c"],
      ["Switch", "d"],
      ["Prepare", "e"],
    ]);
  });
});

describe("currentPhase", () => {
  const withStatus = (statuses: Record<string, "done" | "in_progress" | "failed" | "skipped">) =>
    steps.map((s) => (statuses[s.id] ? { ...s, status: statuses[s.id]! } : s));

  it("is the phase about to start before anything ran", () => {
    expect(currentPhase(steps)).toEqual({ state: "not_started", phase: "Prepare" });
    expect(currentPhase([])).toEqual({ state: "empty", phase: null });
  });

  it("is the phase of the running step", () => {
    expect(currentPhase(withStatus({ a: "done", b: "done", c: "in_progress" }))).toEqual({
      state: "running",
      phase: "Migrate",
    });
  });

  it("is halted where a step failed, and between phases when nothing runs", () => {
    expect(currentPhase(withStatus({ a: "done", b: "failed" }))).toEqual({ state: "halted", phase: "Prepare" });
    expect(currentPhase(withStatus({ a: "done", b: "skipped" }))).toEqual({ state: "between", phase: "Migrate" });
  });

  it("is finished when every step is done or skipped", () => {
    expect(currentPhase(withStatus({ a: "done", b: "done", c: "done", d: "done", e: "skipped" }))).toEqual({
      state: "finished",
      phase: null,
    });
  });
});

describe("nextUpSteps and counts", () => {
  it("lists pending steps by forecast start", () => {
    const goLive = "2026-11-28T01:00:00.000Z";
    const running = steps.map((s) =>
      s.id === "a" ? { ...s, status: "in_progress" as const, actualStart: "2026-11-28T00:00:00Z" } : s,
    );
    const forecast = buildTimelineForecast(running, goLive, new Date("2026-11-28T00:05:00Z"));
    expect(nextUpSteps(running, forecast, 2).map((s) => s.id)).toEqual(["b", "c"]);
    expect(stepCounts(running)).toEqual({ total: 5, finished: 0, running: 1, failed: 0 });
  });

  it("names a member owner, else the plan's label", () => {
    expect(
      ownerName(step("x", 0, 0, [], { owner: { id: "u1", name: "Dana Lead" }, ownerLabel: "Release Manager" })),
    ).toBe("Dana Lead");
    expect(ownerName(step("x", 0, 0, [], { ownerLabel: "DBA" }))).toBe("DBA");
  });
});
