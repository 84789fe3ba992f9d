import { z } from "zod";
import { versionField, versionRequiredWithId } from "@/lib/validation";

const comparator = z.enum(["lt", "lte", "gt", "gte", "eq"], {
  error: "comparator must be one of lt, lte, gt, gte, eq.",
});
const number = (what: string) => z.number({ error: `${what} must be a number.` }).finite();

export const saveMetricInput = z
  .object({
    id: z.string().min(1).optional(),
    version: versionField,
    key: z
      .string()
      .trim()
      .regex(
        /^[a-z0-9_.-]{1,60}$/,
        "key: lower-case letters, digits, _ . - (what monitoring systems send, e.g. p95_ms).",
      ),
    name: z.string().trim().min(1, "Name the metric.").max(120),
    unit: z.string().trim().max(20).default(""),
    comparator,
    threshold: number("threshold"),
    warnThreshold: number("warnThreshold").nullable().default(null),
  })
  .superRefine(versionRequiredWithId);
export type SaveMetricInput = z.input<typeof saveMetricInput>;

export const saveTriggerInput = z
  .object({
    id: z.string().min(1).optional(),
    version: versionField,
    kind: z.enum(["metric", "critical_incident", "consecutive_failures", "validation_failed", "manual"], {
      error: "kind must be metric, critical_incident, consecutive_failures, validation_failed or manual.",
    }),
    metricId: z.string().min(1).nullable().default(null),
    comparator: comparator.nullable().default(null),
    threshold: number("threshold").nullable().default(null),
    count: z.number().int().min(2).max(10).default(2),
    description: z.string().trim().max(300).default(""),
  })
  .refine((t) => t.kind !== "metric" || (t.metricId && t.comparator && t.threshold !== null), {
    message: "A metric trigger needs metricId, comparator and threshold (e.g. error rate > 1).",
    path: ["threshold"],
  })
  .refine((t) => t.kind !== "manual" || t.description !== "", {
    message: 'A manual trigger needs a description of the condition (e.g. "Any data loss").',
    path: ["description"],
  })
  .superRefine(versionRequiredWithId);
export type SaveTriggerInput = z.input<typeof saveTriggerInput>;

export const submitCheckpointInput = z.object({
  /** Give the number of an already submitted checkpoint to amend it (a new version). */
  amends: z.number().int().min(1).optional(),
  number: z.number().int().min(1).optional(),
  dueAt: z.iso.datetime({ offset: true }).nullable().default(null),
  assessment: z.enum(["green", "amber", "red"], { error: "assessment must be green, amber or red." }),
  decision: z.enum(["continue", "hold", "rollback"], { error: "decision must be continue, hold or rollback." }),
  notes: z.string().max(20_000).default(""),
  standup: z
    .array(z.object({ function: z.string().trim().min(1).max(60), status: z.string().trim().max(2000) }))
    .max(30)
    .default([]),
  values: z
    .array(z.object({ metricId: z.string().min(1), value: number("value") }))
    .max(100)
    .default([]),
});
export type SubmitCheckpointInput = z.input<typeof submitCheckpointInput>;

export const pushMetricsInput = z.object({
  values: z
    .array(
      z.object({
        metric: z.string({ error: "metric is the metric's key, e.g. p95_ms." }).min(1),
        value: number("value"),
        at: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .min(1, "Send at least one value.")
    .max(500),
});
export type PushMetricsInput = z.infer<typeof pushMetricsInput>;
