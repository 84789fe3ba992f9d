import { describe, expect, it } from "vitest";
import { findDependencies } from "@/lib/import/dependencies";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems } from "@/lib/plans/plan";

describe("dependencies and priority", () => {
  it("finds the tasks a dependency line names, by number or by title", () => {
    const titles = ["Task 6.2.1: Checklist", "Task 6.2.10: Monitor", "Stream 7 — Data migration", "Schema migration"];
    expect(findDependencies("Task 6.2.1", titles)).toEqual([0]);
    expect(findDependencies("Task 6.2.10, Task 6.2.1", titles)).toEqual([1, 0]);
    expect(findDependencies("Stream 7 (data) complete with sign-off", titles)).toEqual([2]);
    expect(findDependencies("Schema migration done", titles)).toEqual([3]);
    expect(findDependencies("Vendor contract signed", titles)).toEqual([]);
    expect(findDependencies("Task 6.2.1", titles, 0)).toEqual([]);
  });

  it("makes a named step a predecessor, and Priority: CRITICAL/HIGH required for go", () => {
    const result = parsePlanMarkdown(
      [
        "# Cutover",
        "**Go-live**: 04:00",
        "### 01:00 Schema migration",
        "- [ ] Run migration",
        "### 01:00 Warm caches",
        "**Dependencies:** Schema migration complete",
        "**Priority:** CRITICAL",
        "- [ ] Warm",
        "  - **Priority**: HIGH",
        "- [ ] Check hit rate",
        "### 02:00 Smoke tests",
        "**Priority:** Low",
        "- [ ] Run smoke",
        "### 04:00 Go live",
        "- [ ] Flip",
      ].join("\n"),
    );
    const steps = result.plan.steps!;
    expect(steps.map((step) => step.title)).toEqual(["Schema migration", "Warm caches", "Smoke tests", "Go live"]);
    expect(steps[1]!.after).toContain(0);
    expect(result.lines[5]).toMatchObject({ kind: "meta", note: 'predecessors of "Warm caches": "Schema migration"' });
    const required = (title: string) =>
      flattenPlanItems(result.plan.sections.find((s) => s.title.endsWith(title))!.items).map((item) => item.required);
    expect(required("Warm caches")).toEqual([true, true]);
    expect(required("Smoke tests")).toEqual([undefined]);
  });

  it("names the task a section waits for in the line map", () => {
    const result = parsePlanMarkdown(
      [
        "# Tasks",
        "### Task 1.1: Prepare data",
        "- Seed catalog",
        "### Task 1.2: Load test",
        "- Run k6",
        "- **Dependencies**: Task 1.1",
      ].join("\n"),
    );
    expect(result.lines[5]!.note).toBe(
      '"Task 1.2: Load test" waits for "Task 1.1: Prepare data" (sections have no predecessors in Launch Control: noted here only)',
    );
  });
});
