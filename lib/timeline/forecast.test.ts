import { describe, expect, it } from "vitest";
import {
  criticalPath,
  forecastSchedule,
  ScheduleCycleError,
  stepVariance,
  type ScheduleStep,
} from "@/lib/timeline/forecast";

const at = (hhmm: string, day = 28) => new Date(`2026-11-${day}T${hhmm}:00Z`);
const step = (
  id: string,
  start: string,
  minutes: number,
  predecessorIds: string[] = [],
  extra: Partial<ScheduleStep> = {},
): ScheduleStep => ({
  id,
  title: id,
  plannedStart: at(start),
  plannedMinutes: minutes,
  predecessorIds,
  status: "pending",
  actualStart: null,
  actualEnd: null,
  ...extra,
});

// 05:00 arrive (30) → 05:30 maintenance on (15) → 05:45 deploy (60) → 06:45 smoke (15) → 07:00 launch (0)
// with a side task "notify support" 05:30 (20) feeding only the launch.
const plan = () => [
  step("arrive", "05:00", 30),
  step("maintenance", "05:30", 15, ["arrive"]),
  step("deploy", "05:45", 60, ["maintenance"]),
  step("smoke", "06:45", 15, ["deploy"]),
  step("notify", "05:30", 20, ["arrive"]),
  step("launch", "07:00", 0, ["smoke", "notify"]),
];

describe("forecastSchedule", () => {
  it("keeps the plan when everything is on time", () => {
    const forecast = forecastSchedule(plan(), at("04:00"));
    expect(forecast.get("launch")!.start).toEqual(at("07:00"));
    expect([...forecast.values()].every((f) => !f.late)).toBe(true);
  });

  it("pushes the successors and the go-live when a critical step runs late", () => {
    const steps = plan();
    const deploy = steps.find((s) => s.id === "deploy")!;
    Object.assign(
      steps.find((s) => s.id === "arrive")!,
      { status: "done", actualStart: at("05:00"), actualEnd: at("05:30") },
    );
    Object.assign(
      steps.find((s) => s.id === "maintenance")!,
      { status: "done", actualStart: at("05:30"), actualEnd: at("05:45") },
    );
    Object.assign(deploy, { status: "in_progress", actualStart: at("05:57") }); // started 12 min late
    const forecast = forecastSchedule(steps, at("06:10"));
    expect(forecast.get("deploy")!.end).toEqual(at("06:57"));
    expect(forecast.get("smoke")!.start).toEqual(at("06:57"));
    expect(forecast.get("launch")!.start).toEqual(at("07:12"));
    expect(forecast.get("launch")!.startVarianceMinutes).toBe(12);
    expect(criticalPath(steps, forecast, "launch")).toEqual(["arrive", "maintenance", "deploy", "smoke", "launch"]);
  });

  it("does not move the go-live for a late step off the critical path", () => {
    const steps = plan();
    Object.assign(
      steps.find((s) => s.id === "arrive")!,
      { status: "done", actualStart: at("05:00"), actualEnd: at("05:30") },
    );
    Object.assign(
      steps.find((s) => s.id === "maintenance")!,
      { status: "done", actualStart: at("05:30"), actualEnd: at("05:45") },
    );
    Object.assign(
      steps.find((s) => s.id === "deploy")!,
      { status: "in_progress", actualStart: at("05:45") },
    );
    Object.assign(
      steps.find((s) => s.id === "notify")!,
      { status: "done", actualStart: at("05:50"), actualEnd: at("06:25") },
    ); // 55 min late, has slack
    const forecast = forecastSchedule(steps, at("06:26"));
    expect(forecast.get("notify")!.late).toBe(true);
    expect(forecast.get("launch")!.start).toEqual(at("07:00"));
    expect(criticalPath(steps, forecast, "launch")).not.toContain("notify");
  });

  it("starts overdue pending steps no earlier than now, and skipped steps take no time", () => {
    const steps = plan();
    Object.assign(
      steps.find((s) => s.id === "smoke")!,
      { status: "skipped" },
    );
    const forecast = forecastSchedule(steps, at("05:40"));
    expect(forecast.get("arrive")!.start).toEqual(at("05:40"));
    expect(forecast.get("smoke")!.end).toEqual(forecast.get("smoke")!.start);
  });

  it("handles steps across midnight", () => {
    const steps = [
      { ...step("migrate", "23:00", 90), plannedStart: new Date("2026-11-27T23:00:00Z") },
      { ...step("deploy", "00:30", 45, ["migrate"]), plannedStart: new Date("2026-11-28T00:30:00Z") },
    ];
    const forecast = forecastSchedule(steps, new Date("2026-11-27T20:00:00Z"));
    expect(forecast.get("deploy")!.end).toEqual(new Date("2026-11-28T01:15:00Z"));
  });

  it("refuses a cycle, naming the steps", () => {
    const steps = [step("a", "05:00", 10, ["c"]), step("b", "05:10", 10, ["a"]), step("c", "05:20", 10, ["b"])];
    expect(() => forecastSchedule(steps, at("04:00"))).toThrow(ScheduleCycleError);
    expect(() => forecastSchedule(steps, at("04:00"))).toThrow(/a → .* → a|b → .* → b|c → .* → c/);
  });
});

describe("stepVariance", () => {
  it("measures late start and overrun of a finished step", () => {
    expect(stepVariance(step("x", "05:00", 30, [], { actualStart: at("05:05"), actualEnd: at("05:45") }))).toEqual({
      startMinutes: 5,
      durationMinutes: 10,
    });
    expect(stepVariance(step("x", "05:00", 30))).toBeNull();
  });
});
