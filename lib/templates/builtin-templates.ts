import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { flattenPlanItems, type Plan } from "@/lib/plans/plan";

export type TemplateSummary = {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  sections: number;
  items: number;
};

const BUILTIN_DIR = path.join(process.cwd(), "lib/templates/builtin");
const PREFIX = "builtin-";

/** The sample go-live plans shipped with Launch Control, read from lib/templates/builtin/*.md. */
export function builtinTemplates(): (TemplateSummary & { plan: Plan })[] {
  return readdirSync(BUILTIN_DIR)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const parsed = parsePlanMarkdown(readFileSync(path.join(BUILTIN_DIR, file), "utf8"));
      const plan = parsed.plan;
      return {
        id: PREFIX + file.replace(/\.md$/, ""),
        name: parsed.title ?? file.replace(/\.md$/, "").replace(/-/g, " "),
        description: `Built-in: the ${file} sample plan.`,
        builtin: true,
        sections: plan.sections.length,
        items: plan.sections.reduce((sum, section) => sum + flattenPlanItems(section.items).length, 0),
        plan,
      };
    });
}

export const isBuiltinTemplateId = (id: string) => id.startsWith(PREFIX);
