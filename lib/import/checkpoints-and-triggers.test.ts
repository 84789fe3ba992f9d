import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { checkpointSlots } from "@/lib/checkpoints/schedule";

describe("additional checkpoints", () => {
  it("adds named times (12-hour) outside the cadence, and they are not timeline steps", () => {
    const result = parsePlanMarkdown(
      [
        "# Go-live",
        "**Go-live**: 7:00 AM",
        "## 6:30 AM - Freeze deploys",
        "- [ ] Freeze",
        "## 7:00 AM - Go live",
        "- [ ] Flip",
        "## Monitoring",
        "- Checkpoints every 30 minutes from 7:30 AM to 1:00 PM",
        "- **Additional checkpoints at:** 11:15 AM, 2:00 PM",
      ].join("\n"),
    );
    expect(result.plan.extraCheckpoints).toEqual([255, 420]);
    expect(result.plan.steps?.map((step) => step.title)).toEqual(["Freeze deploys", "Go live"]);
    expect(result.lines[8]).toMatchObject({ kind: "meta", note: "additional checkpoints at 11:15, 14:00" });
  });

  it("reads 24-hour variants without a cadence", () => {
    const result = parsePlanMarkdown(
      ["# Cutover", "**Go-live**: 02:00", "- [ ] Switch traffic", "Extra check-ins: 03:30 and 05:00"].join("\n"),
    );
    expect(result.plan.extraCheckpoints).toEqual([90, 180]);
    expect(result.plan.checkpoints).toBeUndefined();
  });

  it("merges extra times into the schedule's slots in time order, each once", () => {
    const slots = checkpointSlots(
      {
        everyMinutes: 60,
        from: "2026-12-05T08:00:00.000Z",
        until: "2026-12-05T10:00:00.000Z",
        extra: ["2026-12-05T09:30:00.000Z", "2026-12-05T09:00:00.000Z"],
      },
      [],
      new Date("2026-12-05T07:00:00.000Z"),
    );
    expect(slots.map((slot) => [slot.number, slot.dueAt.slice(11, 16)])).toEqual([
      [1, "08:00"],
      [2, "09:00"],
      [3, "09:30"],
      [4, "10:00"],
    ]);
  });
});

describe("rollback triggers no metric measures", () => {
  it("keeps them as manual triggers beside metric and incident triggers", () => {
    const result = parsePlanMarkdown(
      [
        "# Launch",
        "- [ ] Deploy",
        "## Success criteria",
        "- Error rate < 0.5%",
        "## Rollback triggers",
        "- Error rate > 2%",
        "- Any data loss",
        "- 🔒 Security breach detected",
        "- Payment failures",
        "- Any P1 incident",
      ].join("\n"),
    );
    expect(result.plan.triggers?.map((trigger) => [trigger.kind, trigger.description])).toEqual([
      ["metric", "Error rate > 2%"],
      ["manual", "Any data loss"],
      ["manual", "Security breach detected"],
      ["manual", "Payment failures"],
      ["critical_incident", "Any P1 incident"],
    ]);
    expect(result.lines[6]).toMatchObject({
      kind: "meta",
      note: 'rollback trigger "Any data loss" (judged by the team)',
    });
  });

  it("keeps a trigger marked as judged by the team manual, whatever its words say", () => {
    const result = parsePlanMarkdown(
      [
        "# Launch",
        "- [ ] Deploy",
        "## Success criteria",
        "- Error rate < 0.5%",
        "## Rollback triggers",
        "- Error rate > 5% (judged by the team)",
        "- Any P1 incident (judged by the team)",
        "- Any P1 incident",
      ].join("\n"),
    );
    expect(result.plan.triggers?.map((trigger) => [trigger.kind, trigger.description])).toEqual([
      ["manual", "Error rate > 5%"],
      ["manual", "Any P1 incident"],
    ]);
  });
});
