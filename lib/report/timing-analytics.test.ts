import { describe, expect, it } from "vitest";
import type { GateData } from "@/lib/audit/event-types";
import { testStep } from "@/lib/timeline/test-steps";
import { timelineReport } from "@/lib/report/timeline-report";
import { timingAnalytics } from "@/lib/report/timing-analytics";
import { rehearsalVsLive } from "@/lib/report/rehearsal-vs-live";

const GO_LIVE = "2026-11-28T07:00:00.000Z";
const at = (clock: string) => `2026-11-28T${clock}:00.000Z`;
// A (Prep) planned 06:00 for 20 min, took 06:00–06:30; B (Cutover) planned 06:20 for 30, took 06:30–07:05;
// go-live G planned 07:00, started 07:05.
const steps = [
  testStep("A", -60, 20, [], {
    phase: "Prep",
    status: "done",
    actualStart: at("06:00"),
    actualEnd: at("06:30"),
    rehearsalActuals: [{ launchId: "r1", launchName: "Dry run", minutes: 25, status: "done" }],
  }),
  testStep("B", -40, 30, ["A"], {
    phase: "Cutover",
    status: "done",
    actualStart: at("06:30"),
    actualEnd: at("07:05"),
    rehearsalActuals: [{ launchId: "r1", launchName: "Dry run", minutes: null, status: "failed" }],
  }),
  testStep("G", 0, 0, ["B"], {
    phase: "Cutover",
    status: "in_progress",
    isGoLive: true,
    isMilestone: true,
    actualStart: at("07:05"),
  }),
];
const round = (number: number, decision: "go" | "no_go", decidedAt: string) => ({
  id: `r${number}`,
  number,
  openedAt: decidedAt,
  decision,
  decidedAt,
  decidedBy: null,
  comment: "",
  override: false,
  overrideReason: "",
  evaluation: null,
  signOffs: [],
});
const gate = {
  id: "g",
  version: 1,
  title: "Go / no-go",
  description: "",
  stepId: null,
  criteria: { sectionIds: [], itemIds: [], signoffs: [] },
  position: 0,
  rounds: [round(1, "no_go", at("06:40")), round(2, "go", at("06:55"))],
} satisfies GateData;

describe("timing analytics", () => {
  const timing = timingAnalytics(timelineReport(steps, GO_LIVE).rows, steps, [gate], new Date(at("08:00")));

  it("compares each phase's planned and actual span", () => {
    expect(timing.phases[0]).toMatchObject({
      phase: "Prep",
      plannedMinutes: 20,
      actualMinutes: 30,
      varianceMinutes: 10,
    });
    // Cutover is not over (go-live still running), so it has no actual end yet.
    expect(timing.phases[1]).toMatchObject({ phase: "Cutover", plannedMinutes: 40, actualMinutes: null });
  });

  it("walks the critical path back from go-live, lists overruns biggest first, and adds up time on hold", () => {
    expect(timing.criticalPath.map((s) => s.title)).toEqual(["A", "B", "G"]);
    expect(timing.overruns).toEqual([
      { id: "A", title: "A", plannedMinutes: 20, actualMinutes: 30, overrunMinutes: 10 },
      { id: "B", title: "B", plannedMinutes: 30, actualMinutes: 35, overrunMinutes: 5 },
    ]);
    expect(timing.holds).toEqual([
      { gate: "Go / no-go", from: at("06:40"), until: at("06:55"), minutes: 15, decision: "no_go" },
    ]);
    expect(timing.holdMinutes).toBe(15);
  });

  it("puts rehearsal and live side by side: against the rehearsal where it measured, else the plan", () => {
    const rows = rehearsalVsLive(steps);
    expect(rows[0]).toMatchObject({
      title: "A",
      plannedMinutes: 20,
      calibratedMinutes: 25,
      liveMinutes: 30,
      varianceMinutes: 5,
    });
    expect(rows[1]).toMatchObject({
      title: "B",
      plannedMinutes: 30,
      calibratedMinutes: null,
      liveMinutes: 35,
      varianceMinutes: 5,
    });
    expect(rows[2]).toMatchObject({ title: "G", liveMinutes: null, varianceMinutes: null });
    expect(rehearsalVsLive(steps.map((s) => ({ ...s, rehearsalActuals: [] })))).toEqual([]);
  });
});
