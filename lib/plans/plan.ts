import { z } from "zod";

// A plan is a launch's checklist detached from any database: what the Markdown and CSV importers
// produce, what templates store, and what createLaunch builds a launch from.
export const planStatusSchema = z.enum(["todo", "in_progress", "done", "blocked", "not_applicable"]);

export type PlanItem = {
  title: string;
  status?: z.infer<typeof planStatusSchema>;
  statusReason?: string;
  required?: boolean;
  details?: string;
  howToVerify?: string;
  evidence?: string;
  /** Who owns it, as the document names them: a member's email or name, matched on import. */
  owner?: string;
  /** Minutes relative to go-live (negative: before). Templates and CSVs carry times this way. */
  dueOffsetMinutes?: number | null;
  /** The timeline step this item belongs to: an index into `plan.steps`. */
  step?: number;
  children?: PlanItem[];
};

export const planItemSchema: z.ZodType<PlanItem> = z.lazy(() =>
  z.object({
    title: z.string().trim().min(1, "Every item needs a title.").max(1000),
    status: planStatusSchema.optional(),
    statusReason: z.string().max(2000).optional(),
    required: z.boolean().optional(),
    details: z.string().max(20_000).optional(),
    howToVerify: z.string().max(5000).optional(),
    evidence: z.string().max(5000).optional(),
    owner: z.string().max(200).optional(),
    dueOffsetMinutes: z.number().int().nullable().optional(),
    step: z.number().int().min(0).optional(),
    children: z.array(planItemSchema).max(500).optional(),
  }),
).meta({ id: "PlanItem" });

export const planSectionSchema = z.object({
  title: z.string().trim().min(1, "Every section needs a title.").max(300),
  items: z.array(planItemSchema).max(2000),
});

/**
 * A timeline step of a plan. Times are minutes from go-live (T-30 min = -30), so a plan moves with the
 * launch's go-live; `after` lists the indices of the steps it waits for.
 */
export const planStepSchema = z.object({
  title: z.string().trim().min(1, "Every step needs a title.").max(300),
  phase: z.string().max(120).optional(),
  owner: z.string().max(200).optional(),
  startOffsetMinutes: z.number().int().nullable().optional(),
  durationMinutes: z.number().int().min(0).max(7 * 24 * 60).optional(),
  milestone: z.boolean().optional(),
  goLive: z.boolean().optional(),
  after: z.array(z.number().int().min(0)).max(100).optional(),
  notes: z.string().max(10_000).optional(),
});
export type PlanStep = z.infer<typeof planStepSchema>;

/** A success criterion a plan states ("Error rate below 0.1%"). */
export const planMetricSchema = z.object({
  key: z.string().min(1).max(60),
  name: z.string().min(1).max(120),
  unit: z.string().max(20),
  comparator: z.enum(["lt", "lte", "gt", "gte", "eq"]),
  threshold: z.number(),
});
export type PlanMetric = z.infer<typeof planMetricSchema>;

export const planSchema = z.object({
  sections: z.array(planSectionSchema).max(200),
  steps: z.array(planStepSchema).max(500).optional(),
  metrics: z.array(planMetricSchema).max(100).optional(),
});

export type PlanSection = z.infer<typeof planSectionSchema>;
export type Plan = z.infer<typeof planSchema>;

/** Every item of a plan, depth first, parents before their children. */
export function flattenPlanItems(items: PlanItem[]): PlanItem[] {
  return items.flatMap((item) => [item, ...flattenPlanItems(item.children ?? [])]);
}
