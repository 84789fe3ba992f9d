import { describe, expect, it } from "vitest";
import { evaluateMetric, latestVersions, prefillValues, rollbackAlarms } from "@/lib/checkpoints/evaluate";
import { checkpointSlots, nextCheckpoint } from "@/lib/checkpoints/schedule";
import type { CheckpointData, MetricData } from "@/lib/audit/event-types";

const p95: MetricData = {
  version: 1,
  id: "p95",
  key: "p95",
  name: "p95 latency",
  unit: "ms",
  comparator: "lt",
  threshold: 500,
  warnThreshold: 400,
  position: 0,
};
const errors: MetricData = {
  version: 1,
  id: "err",
  key: "error_rate",
  name: "Error rate",
  unit: "%",
  comparator: "lt",
  threshold: 0.1,
  warnThreshold: null,
  position: 1,
};
const report = (
  number: number,
  values: Record<string, number>,
  version = 1,
  submittedAt = `2026-11-28T0${number}:00:00.000Z`,
): CheckpointData => ({
  id: `${number}.${version}`,
  number,
  version,
  dueAt: null,
  submittedAt,
  author: null,
  assessment: "green",
  decision: "continue",
  notes: "",
  standup: [],
  values: Object.entries(values).map(([metricId, value]) => ({ metricId, value })),
});

describe("success criteria", () => {
  it("passes, warns and fails against thresholds", () => {
    expect([350, 450, 500, 520].map((v) => evaluateMetric(p95, v))).toEqual(["pass", "warn", "fail", "fail"]);
    expect(evaluateMetric({ comparator: "gte", threshold: 97.5, warnThreshold: 98 }, 97.8)).toBe("warn");
    expect(evaluateMetric({ comparator: "eq", threshold: 100, warnThreshold: null }, 99.9)).toBe("fail");
  });

  it("keeps only the latest version of an amended checkpoint", () => {
    expect(latestVersions([report(1, {}), report(2, {}), report(1, {}, 2)]).map((c) => c.id)).toEqual(["1.2", "2.1"]);
  });
});

describe("rollback alarms", () => {
  const base = { metrics: [p95, errors], triggers: [], samples: [], incidents: [] };

  it("raises an alarm when a metric fails two checkpoints in a row, not one", () => {
    expect(rollbackAlarms({ ...base, checkpoints: [report(1, { err: 0.05 }), report(2, { err: 0.4 })] })).toEqual([]);
    const alarms = rollbackAlarms({
      ...base,
      checkpoints: [report(1, { err: 0.05 }), report(2, { err: 0.4 }), report(3, { err: 0.3 })],
    });
    expect(alarms.map((a) => a.message)).toEqual(["Error rate failed 2 checkpoints in a row (Error rate < 0.1 %)"]);
  });

  it("uses the amended value, and raises one for any open critical incident", () => {
    const amended = [report(1, { err: 0.4 }), report(2, { err: 0.4 }), report(2, { err: 0.05 }, 2)];
    expect(rollbackAlarms({ ...base, checkpoints: amended })).toEqual([]);
    const incident = {
      id: "i",
      title: "Payments down",
      severity: "critical" as const,
      status: "open" as const,
      owner: null,
      openedAt: "",
      resolvedAt: null,
      impact: "",
      notes: "",
      version: 1,
    };
    expect(rollbackAlarms({ ...base, checkpoints: [], incidents: [incident] })).toHaveLength(1);
    expect(rollbackAlarms({ ...base, checkpoints: [], incidents: [{ ...incident, status: "resolved" }] })).toHaveLength(
      0,
    );
  });

  it("fires a configured metric trigger on the newest value, pushed or reported", () => {
    const trigger = {
      version: 1,
      id: "t",
      kind: "metric" as const,
      metricId: "err",
      comparator: "gt" as const,
      threshold: 1,
      count: 2,
      description: "",
    };
    const pushed = [{ metricId: "err", value: 1.4, at: "2026-11-28T05:00:00.000Z", source: "api" }];
    expect(
      rollbackAlarms({ ...base, triggers: [trigger], checkpoints: [report(1, { err: 0.05 })], samples: pushed })[0]!
        .message,
    ).toBe("Error rate is 1.4 % (> 1)");
  });
});

describe("checkpoint schedule", () => {
  it("creates slots every N minutes and marks submitted, overdue, due and upcoming", () => {
    const schedule = { everyMinutes: 30, from: "2026-11-28T07:30:00.000Z", until: "2026-11-28T09:00:00.000Z" };
    const slots = checkpointSlots(schedule, [report(1, {})], new Date("2026-11-28T08:35:00.000Z"));
    expect(slots.map((s) => [s.number, s.dueAt.slice(11, 16), s.state])).toEqual([
      [1, "07:30", "submitted"],
      [2, "08:00", "overdue"],
      [3, "08:30", "due"],
      [4, "09:00", "upcoming"],
    ]);
    expect(nextCheckpoint(slots)!.number).toBe(2);
    // Checkpoint 2 skipped and 3 filed: the next one is 4, not the skipped 2.
    expect(
      nextCheckpoint(checkpointSlots(schedule, [report(1, {}), report(3, {})], new Date("2026-11-28T08:35:00.000Z")))!
        .number,
    ).toBe(4);
  });

  it("pre-fills the next checkpoint with values pushed since the last one", () => {
    const samples = [
      { metricId: "p95", value: 310, at: "2026-11-28T00:30:00.000Z", source: "api" },
      { metricId: "p95", value: 280, at: "2026-11-28T01:30:00.000Z", source: "api" },
    ];
    expect(prefillValues([p95, errors], [report(1, {}, 1, "2026-11-28T01:00:00.000Z")], samples)).toEqual({ p95: 280 });
  });

  it("raises the alarm for a failed validation step only when a validation_failed trigger is set", () => {
    const failed = {
      id: "s1",
      title: "Smoke test",
      kind: "validation" as const,
      status: "failed" as const,
      outcome: "fail" as const,
      evidence: "Checkout 500",
    };
    const trigger = {
      version: 1,
      id: "t1",
      kind: "validation_failed" as const,
      metricId: null,
      comparator: null,
      threshold: null,
      count: 2,
      description: "",
    };
    const base = { metrics: [], triggers: [], samples: [], incidents: [] };
    expect(rollbackAlarms({ ...base, checkpoints: [], steps: [failed] })).toEqual([]);
    expect(rollbackAlarms({ ...base, checkpoints: [], triggers: [trigger], steps: [failed] })).toEqual([
      { key: "validation:s1", message: "Validation failed: Smoke test (Checkout 500)" },
    ]);
    expect(
      rollbackAlarms({
        ...base,
        checkpoints: [],
        triggers: [trigger],
        steps: [{ ...failed, status: "done", outcome: "pass" }],
      }),
    ).toEqual([]);
  });
});
