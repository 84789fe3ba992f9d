import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems } from "@/lib/plans/plan";

describe("owners written after the title", () => {
  it("splits a trailing role off items (em/en dash, hyphen, brackets), keeps other tails", () => {
    const result = parsePlanMarkdown(
      [
        "# Launch",
        "Team: Deployment Lead, DBA, Payments Squad",
        "## Checks",
        "- [ ] Verify backups — Platform Engineer",
        "- [ ] Run smoke tests (QA Lead)",
        "- [ ] Drain queues – SRE on call",
        "- [ ] Rotate keys - Payments Squad",
        "- [ ] Check logs (Docker/Kubernetes)",
        "- [ ] Deploy blue - green pools",
        "- [ ] Tag release - Security review",
        "- [ ] Restore test",
        "  - **Owner**: DBA",
      ].join("\n"),
    );
    const items = flattenPlanItems(result.plan.sections.find((s) => s.title === "Checks")!.items);
    expect(items.map((item) => [item.title, item.owner])).toEqual([
      ["Verify backups", "Platform Engineer"],
      ["Run smoke tests", "QA Lead"],
      ["Drain queues", "SRE on call"],
      ["Rotate keys", "Payments Squad"],
      ["Check logs (Docker/Kubernetes)", undefined],
      ["Deploy blue - green pools", undefined],
      ["Tag release - Security review", undefined],
      ["Restore test", "DBA"],
    ]);
    expect(result.plan.functions).toEqual(
      expect.arrayContaining(["Platform Engineer", "QA Lead", "SRE on call", "DBA", "Payments Squad"]),
    );
  });
});
