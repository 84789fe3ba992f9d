import { describe, expect, it } from "vitest";
import { lexMarkdownLines } from "@/lib/import/lex-markdown-lines";
import { readSeverityLevels } from "@/lib/import/severity-levels";
import { renderSeverityLevels } from "@/lib/launches/render-severity-levels";
import type { PlanSeverityLevel } from "@/lib/plans/plan";

const readBack = (levels: PlanSeverityLevel[]) =>
  readSeverityLevels(lexMarkdownLines(renderSeverityLevels(levels).join("\n\n"))).levels;

describe("severity levels in the Markdown export", () => {
  it("writes numbered levels with label, meaning and response that read back the same", () => {
    const levels: PlanSeverityLevel[] = [
      { key: "P1", label: "Critical", meaning: "Shop down | all regions", responseMinutes: 0, severity: "critical" },
      { key: "P2", label: "High", meaning: "Checkout degraded", responseMinutes: 90, severity: "high" },
      { key: "SEV3", label: "", meaning: "One feature broken", responseMinutes: 1440, severity: "medium" },
      { key: "P4", label: "Low", meaning: "", responseMinutes: null, severity: "low" },
    ];
    expect(readBack(levels)).toEqual(levels);
  });

  it("writes levels named by their word alone", () => {
    const levels: PlanSeverityLevel[] = [
      { key: "Critical", label: "Critical", meaning: "Outage", responseMinutes: 15, severity: "critical" },
      { key: "Minor", label: "Minor", meaning: "Typo", responseMinutes: 2880, severity: "low" },
    ];
    expect(renderSeverityLevels(levels)[0]).toContain("| Critical | Outage | 15 min |");
    expect(readBack(levels)).toEqual(levels);
  });

  it("writes nothing for a launch without levels", () => {
    expect(renderSeverityLevels([])).toEqual([]);
    expect(renderSeverityLevels(undefined)).toEqual([]);
  });
});
