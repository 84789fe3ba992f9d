import { describe, expect, it } from "vitest";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems } from "@/lib/plans/plan";

const items = (markdown: string) =>
  flattenPlanItems(parsePlanMarkdown(markdown).plan.sections.flatMap((section) => section.items));

describe("what is written under an item stays with it", () => {
  it("keeps verification sub-lines of a tree block as the item's how-to-verify", () => {
    const [lb, db] = items(
      [
        "# Go-live",
        "## Checks",
        "```",
        "├─ [ ] Load balancer healthy",
        "│   └─ curl http://lb.prod:80/health → 200 OK",
        "└─ [ ] Data migrated",
        "    └─ SELECT COUNT(*) FROM users → 1000+",
        "```",
      ].join("\n"),
    );
    expect(lb).toMatchObject({ title: "Load balancer healthy", howToVerify: "curl http://lb.prod:80/health → 200 OK" });
    expect(db).toMatchObject({ title: "Data migrated", howToVerify: "SELECT COUNT(*) FROM users → 1000+" });
  });

  it("keeps indented verification bullets, other notes, command blocks and priority", () => {
    const [task] = items(
      [
        "# Go-live",
        "## Deploy",
        "- [ ] Deploy the API",
        "  - curl https://api/health returns 200",
        "  - Announce in #deploys",
        "  - **Priority**: CRITICAL",
        "  ```bash",
        "  kubectl rollout status deploy/api",
        "  ```",
      ].join("\n"),
    );
    expect(task!.howToVerify).toBe("curl https://api/health returns 200");
    expect(task!.details).toBe(
      "- Announce in #deploys\nPriority: CRITICAL\n```bash\n  kubectl rollout status deploy/api\n```",
    );
    expect(task!.required).toBe(true);
  });
});
