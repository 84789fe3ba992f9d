import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems } from "@/lib/plans/plan";

/**
 * What a Markdown document would become, without creating anything: the plan, the launch fields found
 * in it, and what happened to every line (so nothing is dropped silently).
 */
export function previewMarkdownImport(markdown: string) {
  const result = parsePlanMarkdown(markdown);
  const items = result.plan.sections.reduce((sum, section) => sum + flattenPlanItems(section.items).length, 0);
  return {
    title: result.title,
    meta: result.meta,
    goLiveAt: result.goLiveAt,
    plan: result.plan,
    counts: {
      sections: result.plan.sections.length,
      items,
      steps: result.plan.steps?.length ?? 0,
      ignoredLines: result.lines.filter((line) => line.kind === "ignored").length,
    },
    lines: result.lines,
    warnings: result.warnings,
  };
}
