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

export const planItemSchema: z.ZodType<PlanItem> = z
  .lazy(() =>
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
  )
  .meta({ id: "PlanItem" });

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
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .optional(),
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

/** A grouping of timeline steps with its own window ("5:30 AM - 7:00 AM: DEPLOYMENT PHASE"); its steps name it as `phase`. */
export const planPhaseSchema = z.object({
  title: z.string().trim().min(1).max(120),
  startOffsetMinutes: z.number().int(),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .nullable(),
});
export type PlanPhase = z.infer<typeof planPhaseSchema>;

const offset = z
  .number()
  .int()
  .min(-366 * 24 * 60)
  .max(366 * 24 * 60);

/** A message of the communications plan, due at go-live + offset; `repeatEveryMinutes` up to `repeatUntilOffsetMinutes`. */
export const planMessageSchema = z.object({
  offsetMinutes: offset,
  audience: z.string().max(200),
  channel: z.string().max(200),
  text: z.string().trim().min(1).max(2000),
  repeatEveryMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .optional(),
  repeatUntilOffsetMinutes: offset.optional(),
});
export type PlanMessage = z.infer<typeof planMessageSchema>;

/** A sign-off / go-no-go decision: on a step (index into `steps`), signed by functions or roles. */
export const planGateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  step: z.number().int().min(0).optional(),
  /** Sections (indices into `sections`) whose items must all be done. */
  sections: z.array(z.number().int().min(0)).max(200).optional(),
  signoffs: z.array(z.object({ by: z.enum(["role", "function"]), value: z.string().trim().min(1).max(120) })).max(20),
});
export type PlanGate = z.infer<typeof planGateSchema>;

/**
 * A rollback trigger: a metric crossing a threshold (by the metric's key), any critical incident, or a
 * condition people judge ("Any data loss") that no metric measures.
 */
export const planTriggerSchema = z.object({
  kind: z.enum(["metric", "critical_incident", "manual"]),
  metric: z.string().max(60).optional(),
  comparator: z.enum(["lt", "lte", "gt", "gte", "eq"]).optional(),
  threshold: z.number().optional(),
  description: z.string().max(2000),
});
export type PlanTrigger = z.infer<typeof planTriggerSchema>;

/**
 * An incident severity as the plan defines it ("P1 – Critical: complete outage, response within 15 minutes").
 * `severity` is the built-in level its incidents are filed under (critical, high, medium, low).
 */
export const planSeverityLevelSchema = z.object({
  key: z.string().trim().min(1).max(40),
  label: z.string().max(80),
  meaning: z.string().max(500),
  responseMinutes: z
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 60)
    .nullable(),
  severity: z.enum(["critical", "high", "medium", "low"]),
});
export type PlanSeverityLevel = z.infer<typeof planSeverityLevelSchema>;

export const planSchema = z.object({
  sections: z.array(planSectionSchema).max(200),
  steps: z.array(planStepSchema).max(500).optional(),
  metrics: z.array(planMetricSchema).max(100).optional(),
  phases: z.array(planPhaseSchema).max(200).optional(),
  /** The change / maintenance window, in minutes from go-live. */
  window: z.object({ startOffsetMinutes: offset, endOffsetMinutes: offset }).optional(),
  /** Checkpoints every N minutes, from and until minutes from go-live. */
  checkpoints: z
    .object({
      everyMinutes: z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
      fromOffsetMinutes: offset,
      untilOffsetMinutes: offset.nullable(),
    })
    .optional(),
  /** Checkpoints outside the cadence ("Additional checkpoints at: 11:00 AM, 1:00 PM"), minutes from go-live. */
  extraCheckpoints: z.array(offset).max(50).optional(),
  severityLevels: z.array(planSeverityLevelSchema).max(10).optional(),
  messages: z.array(planMessageSchema).max(500).optional(),
  gates: z.array(planGateSchema).max(50).optional(),
  triggers: z.array(planTriggerSchema).max(100).optional(),
  /** What people do on the day (DevOps, DBA, QA...), as the plan names them: the launch's functions. */
  functions: z.array(z.string().trim().min(1).max(80)).max(100).optional(),
});

export type PlanSection = z.infer<typeof planSectionSchema>;
export type Plan = z.infer<typeof planSchema>;

/** Every item of a plan, depth first, parents before their children. */
export function flattenPlanItems(items: PlanItem[]): PlanItem[] {
  return items.flatMap((item) => [item, ...flattenPlanItems(item.children ?? [])]);
}
