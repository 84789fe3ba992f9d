import { describe, expect, it } from "vitest";
import { ganttDomain, ganttRows, rowsAroundNow, rowWindow, type GanttRow } from "@/lib/timeline/gantt-layout";
import { buildTimelineForecast } from "@/lib/timeline/timeline-forecast";
import { testStep as step } from "@/lib/timeline/test-steps";

const goLive = "2026-11-28T01:00:00.000Z";
const t = (hhmm: string) => Date.parse(`2026-11-28T${hhmm}:00.000Z`);

describe("ganttRows", () => {
  const plan = [
    step("deploy", -60, 30),
    step("smoke", -30, 20, ["deploy"]),
    step("switch", 0, 10, ["smoke"], { isMilestone: true, isGoLive: true }),
    step("later", null, 10),
  ];

  it("draws what happened, what is expected, and the overrun past the plan", () => {
    // Deploy started on time and is still running 10 minutes past its planned end.
    const steps = plan.map((s) =>
      s.id === "deploy" ? { ...s, status: "in_progress" as const, actualStart: "2026-11-28T00:00:00.000Z" } : s,
    );
    const now = t("00:40");
    const rows = ganttRows(steps, buildTimelineForecast(steps, goLive, new Date(now)), goLive, now);
    expect(rows.map((row) => row.id)).toEqual(["deploy", "smoke", "switch"]);
    const [deploy, smoke, golive] = rows;
    expect(deploy).toMatchObject({
      planned: { start: t("00:00"), end: t("00:30") },
      actual: { start: t("00:00"), end: now, running: true },
      overrun: { start: t("00:30"), end: now },
      late: true,
      critical: true,
    });
    // Smoke can only start when deploy ends (now at the earliest): pushed 10 minutes.
    expect(smoke).toMatchObject({
      forecast: { start: now, end: t("01:00") },
      overrun: { start: t("00:50"), end: t("01:00") },
      late: true,
    });
    expect(golive).toMatchObject({
      isGoLive: true,
      forecast: { start: t("01:00"), end: t("01:10") },
      overrun: null,
      late: false,
    });
  });

  it("labels each row with its step's kind, for the kind icon", () => {
    const steps = plan.map((s) => (s.id === "smoke" ? { ...s, kind: "validation" as const } : s));
    const now = t("00:00");
    const rows = ganttRows(steps, buildTimelineForecast(steps, goLive, new Date(now)), goLive, now);
    expect(rows.map((row) => [row.id, row.kind])).toEqual([
      ["deploy", "task"],
      ["smoke", "validation"],
      ["switch", "task"],
    ]);
  });

  it("shows a running step's remaining planned time as forecast", () => {
    const steps = plan.map((s) =>
      s.id === "deploy" ? { ...s, status: "in_progress" as const, actualStart: "2026-11-28T00:00:00.000Z" } : s,
    );
    const now = t("00:10");
    const [deploy] = ganttRows(steps, buildTimelineForecast(steps, goLive, new Date(now)), goLive, now);
    expect(deploy).toMatchObject({
      actual: { end: now },
      forecast: { start: now, end: t("00:30") },
      overrun: null,
      late: false,
    });
  });
});

describe("ganttDomain", () => {
  const rows = ganttRows(
    [step("a", -60, 60)],
    buildTimelineForecast([step("a", -60, 60)], goLive, new Date(t("00:00"))),
    goLive,
    t("00:00"),
  );

  it("covers bars and extras, padded", () => {
    expect(ganttDomain(rows, [t("01:30"), null], t("00:00"))).toEqual({
      start: t("23:50") - 86_400_000,
      end: t("01:40"),
    });
  });

  it("includes now when it is near the plan, not days before", () => {
    // The plan spans an hour: now within a quarter of that (15 min) past the end is drawn, later is not.
    expect(ganttDomain(rows, [], t("01:10"))?.end).toBe(t("01:20"));
    expect(ganttDomain(rows, [], t("01:20"))?.end).toBe(t("01:10"));
    expect(ganttDomain(rows, [], t("00:00") - 3 * 86_400_000)?.start).toBe(t("23:50") - 86_400_000);
  });

  it("is null without anything to draw", () => {
    expect(ganttDomain([], [null], 0)).toBeNull();
  });
});

describe("rowsAroundNow", () => {
  const rows = ["done", "done", "done", "done", "in_progress", "pending", "pending", "pending"].map(
    (status, index) => ({ id: String(index), status }) as GanttRow,
  );
  const ids = (list: GanttRow[]) => list.map((row) => row.id).join("");

  it("keeps two finished rows before the first open one", () => {
    expect(ids(rowsAroundNow(rows, 4))).toBe("2345");
  });

  it("stays inside the list at either end, and keeps short lists whole", () => {
    expect(
      ids(
        rowsAroundNow(
          rows.map((row) => ({ ...row, status: "done" as const })),
          3,
        ),
      ),
    ).toBe("567");
    expect(
      ids(
        rowsAroundNow(
          rows.map((row) => ({ ...row, status: "pending" as const })),
          3,
        ),
      ),
    ).toBe("012");
    expect(rowsAroundNow(rows, 20)).toBe(rows);
  });

  it("counts the rows it leaves out on either side", () => {
    expect(rowWindow(rows, 4)).toMatchObject({ before: 2, after: 2 });
    expect(rowWindow(rows, 20)).toMatchObject({ before: 0, after: 0 });
  });
});
