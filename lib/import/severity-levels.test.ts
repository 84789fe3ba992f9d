import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

const plan = (...lines: string[]) => parsePlanMarkdown(["# Launch", "- [ ] Deploy", ...lines].join("\n"));

describe("incident severity levels", () => {
  it("reads a list with P-numbers, en/em dashes, emoji and response times", () => {
    const result = plan(
      "## 🚨 Severity Definitions",
      "- **P1 – Critical**: complete outage, response within 15 minutes",
      "- **P2 — High**: major feature broken. Response: 1 hour",
      "- P3 - Medium: minor feature degraded (4h response)",
      "- P4 / Low: cosmetic issue — respond next business day",
    );
    expect(result.plan.severityLevels).toEqual([
      { key: "P1", label: "Critical", meaning: "complete outage", responseMinutes: 15, severity: "critical" },
      { key: "P2", label: "High", meaning: "major feature broken", responseMinutes: 60, severity: "high" },
      { key: "P3", label: "Medium", meaning: "minor feature degraded", responseMinutes: 240, severity: "medium" },
      { key: "P4", label: "Low", meaning: "cosmetic issue", responseMinutes: null, severity: "low" },
    ]);
    expect(result.lines.find((line) => line.line === 4)).toMatchObject({
      kind: "meta",
      note: 'severity level P1 "Critical": complete outage, response 15 min',
    });
  });

  it("reads a table of Sev levels, and words alone under a severity label", () => {
    const table = plan(
      "## Incident classification",
      "| Severity | Description | Response Time |",
      "|---|---|---|",
      "| Sev1 (Critical) | Payments down for all merchants | Immediate |",
      "| SEV-2 | Degraded checkout | 30 min |",
      "| Sev 3 | Single merchant affected | 2 hours |",
    );
    expect(table.plan.severityLevels).toEqual([
      {
        key: "SEV1",
        label: "Critical",
        meaning: "Payments down for all merchants",
        responseMinutes: 0,
        severity: "critical",
      },
      { key: "SEV2", label: "", meaning: "Degraded checkout", responseMinutes: 30, severity: "high" },
      { key: "SEV3", label: "", meaning: "Single merchant affected", responseMinutes: 120, severity: "medium" },
    ]);
    const words = plan(
      "**Severity levels:**",
      "- Critical: system down, respond within 10 min",
      "- High: key journey broken, respond within 1 h",
      "- Low: workaround exists",
    );
    expect(words.plan.severityLevels?.map((level) => [level.key, level.severity, level.responseMinutes])).toEqual([
      ["Critical", "critical", 10],
      ["High", "high", 60],
      ["Low", "low", null],
    ]);
  });

  it("maps P0-based schemes by number and leaves a plan without definitions unset", () => {
    const zero = plan("## Priority levels", "- P0: outage", "- P1: degraded", "- P2: minor");
    expect(zero.plan.severityLevels?.map((level) => level.severity)).toEqual(["critical", "high", "medium"]);
    const none = plan("## Rollback criteria", "- Critical/High: consider rollback immediately");
    expect(none.plan.severityLevels).toBeUndefined();
    const work = plan("## Support", "- [ ] P1 bugs triaged, response within 1 h");
    expect(work.plan.severityLevels).toBeUndefined();
    const outside = plan("## Support", "- Sev1: outage, respond within 10 min");
    expect(outside.plan.severityLevels?.map((level) => [level.key, level.responseMinutes])).toEqual([["SEV1", 10]]);
  });
});
