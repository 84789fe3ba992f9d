import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build-report";
import { checkpointTable } from "@/lib/report/checkpoint-table";
import { reportSummary } from "@/lib/report/report-summary";
import { reportFixture, reportNow } from "@/lib/report/report-fixture";

const report = buildReport(reportFixture, reportNow);

describe("building the post-launch report", () => {
  it("puts planned and actual side by side with each step's variance", () => {
    expect(
      report.timeline.rows.map((row) => [row.title, row.startVarianceMinutes, row.durationVarianceMinutes]),
    ).toEqual([
      ["Freeze deploys", 5, 5],
      ["Switch traffic", 10, -5],
      ["Smoke tests", 10, null],
      ["Hand over", null, null],
    ]);
    expect(report.timeline.goLive).toEqual({
      planned: "2026-11-28T01:00:00.000Z",
      actual: "2026-11-28T01:10:00.000Z",
      varianceMinutes: 10,
    });
  });

  it("gives each timeline row its step's kind, for the kind icon", () => {
    const steps = reportFixture.steps.map((step) =>
      step.title === "Smoke tests" ? { ...step, kind: "validation" as const } : step,
    );
    expect(buildReport({ ...reportFixture, steps }, reportNow).timeline.rows.map((row) => row.kind)).toEqual([
      "task",
      "task",
      "validation",
      "task",
    ]);
  });

  it("lists every gate round in order, with the signers by time and the override's reason", () => {
    expect(
      report.gates.map((round) => [round.round, round.decision, round.override, round.signOffs.map((s) => s.name)]),
    ).toEqual([
      [1, "hold", false, ["Dana Lead"]],
      [2, "go", true, ["Dana Lead", "Max Member"]],
    ]);
  });

  it("keeps the latest version of an amended checkpoint and evaluates each metric", () => {
    expect(
      report.checkpoints.map((row) => [row.number, row.version, row.result, row.cells.map((c) => c.result)]),
    ).toEqual([
      [1, 1, "pass", ["pass", "pass"]],
      [2, 2, "fail", ["fail", "pass"]],
      [3, 1, "pass", ["pass", "pass"]],
    ]);
    expect(report.amendedCheckpoints).toEqual([2]);
  });

  it("leaves a cell empty where a checkpoint has no value for a metric", () => {
    const [metric] = reportFixture.metrics;
    const rows = checkpointTable(reportFixture.metrics, [
      { ...reportFixture.checkpoints[0]!, values: [{ metricId: metric!.id, value: 450 }] },
    ]);
    expect(rows[0]!.cells).toEqual([
      { metricId: "m-p95", value: 450, result: "warn" },
      { metricId: "m-err", value: null, result: null },
    ]);
    expect(rows[0]!.result).toBe("warn");
  });

  it("computes time to resolve, and fills a sent message's placeholders as of when it was sent", () => {
    expect(report.incidents.map((i) => [i.title, i.resolutionMinutes])).toEqual([
      ["Payments API 502s", 45],
      ["Slow reports", null],
    ]);
    expect(report.communications.sent.map((c) => c.shownText)).toEqual(["Payments Cutover is live"]);
  });

  it("sums the day up in one line per part", () => {
    expect(Object.fromEntries(reportSummary(report).map((line) => [line.key, line.text]))).toEqual({
      "go-live": "planned 2026-11-28 02:00, actual 2026-11-28 02:10 (+10 min)",
      timeline: "2 of 4 steps finished",
      checklist: "80% complete (4 of 5 items)",
      gates: "2 decisions (1 GO, 1 HOLD)",
      checkpoints: "3 reported, 1 with a failing metric; last: Green, Continue",
      incidents: "2 (1 critical); 1 not resolved",
      communications: "1 of 2 planned messages sent",
    });
  });
});
