import { planSchema, type Plan } from "@/lib/plans/plan";
import { ImportError } from "@/lib/import/import-error";

/** How deep importers nest items; deeper lists are hung at this level (Markdown) or refused (CSV rows). */
export const MAX_NESTING_DEPTH = 10;

/** Throws an ImportError naming the limit a plan breaks (section, item and step counts), if it breaks one. */
export function assertPlanFits(plan: Plan): void {
  const checked = planSchema.safeParse(plan);
  if (!checked.success) throw new ImportError("too_big_plan", planLimitMessage(plan, checked.error.issues[0]));
}

/** Which limit a plan broke, in words a person can act on. */
function planLimitMessage(plan: Plan, issue: { path: PropertyKey[]; message: string } | undefined): string {
  const path = issue?.path ?? [];
  if (path[0] === "steps") {
    return path.length === 1
      ? `The document has ${plan.steps?.length ?? 0} timed steps; a plan holds at most 500. Split it into several plans.`
      : `Step ${Number(path[1]) + 1} of the schedule does not fit a plan (${issue?.message ?? "too big"}).`;
  }
  const section = typeof path[1] === "number" ? plan.sections[path[1]] : undefined;
  if (path.length === 1) {
    return `The document has ${plan.sections.length} sections with items; a plan holds at most 200. Split it into several plans.`;
  }
  if (section && path.length === 3) {
    return `Section "${section.title}" has ${section.items.length} items; a section holds at most 2000. Split it with more headings.`;
  }
  if (section && path.at(-1) === "children") {
    return `An item in section "${section.title}" has more than 500 sub-items. Split them across several items or sections.`;
  }
  return `The document does not fit one plan (${issue?.message ?? "too big"}). Split it or shorten it.`;
}
