import { getDb } from "@/lib/db";
import { flattenPlanItems, planSchema } from "@/lib/plans/plan";
import { builtinTemplates, type TemplateSummary } from "@/lib/templates/builtin-templates";

/** Built-in templates first, then the ones teams saved (newest first). Templates are shared by everyone. */
export async function listTemplates(): Promise<TemplateSummary[]> {
  const saved = await getDb().template.findMany({ orderBy: { createdAt: "desc" } });
  return [
    ...builtinTemplates().map(({ plan: _plan, ...summary }) => summary),
    ...saved.map((template) => {
      const plan = planSchema.parse(template.plan);
      return {
        id: template.id,
        name: template.name,
        description: template.description,
        builtin: false,
        sections: plan.sections.length,
        items: plan.sections.reduce((sum, section) => sum + flattenPlanItems(section.items).length, 0),
      };
    }),
  ];
}
