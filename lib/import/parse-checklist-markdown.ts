import { flattenPlanItems } from "@/lib/plans/plan";
import { ImportError } from "@/lib/import/import-error";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";

// The first, flat reading of a Markdown plan, kept for callers that only need titles and ticks (the demo
// seed). It is parsePlanMarkdown with nesting flattened depth first; new code should use that directly.
export type ParsedPlan = {
  title: string | null;
  sections: { title: string; items: { title: string; done: boolean }[] }[];
};

export function parseChecklistMarkdown(markdown: string): ParsedPlan {
  try {
    const { title, plan } = parsePlanMarkdown(markdown);
    return {
      title,
      sections: plan.sections.map((section) => ({
        title: section.title,
        items: flattenPlanItems(section.items).map((item) => ({ title: item.title, done: item.status === "done" })),
      })),
    };
  } catch (error) {
    // As before the rewrite: a document without items reads as an empty plan rather than failing.
    if (error instanceof ImportError && (error.reason === "empty" || error.reason === "no_items")) {
      return { title: null, sections: [] };
    }
    throw error;
  }
}
