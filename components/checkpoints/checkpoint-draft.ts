import type { CheckpointData, MemberData, MetricData } from "@/lib/audit/event-types";
import { evaluateMetric, overallResult, type MetricResult } from "@/lib/checkpoints/evaluate";

/** A typed value as a number: "0,05" and " 250 " read as people mean them; "" and "abc" are null. */
export function parseValue(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** The team's functions for the stand-up: each member's function once, in team order, then any extra. */
export function standupFunctions(members: MemberData[], extra: string[] = []): string[] {
  const seen = new Set<string>();
  const functions: string[] = [];
  for (const name of [...members.map((m) => m.function), ...extra]) {
    const trimmed = name.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) {
      seen.add(trimmed.toLowerCase());
      functions.push(trimmed);
    }
  }
  return functions;
}

export type DraftValue = {
  metric: MetricData;
  text: string;
  value: number | null;
  invalid: boolean;
  result: MetricResult | null;
};

/** Each metric's typed text, parsed and evaluated as the person types. */
export function draftValues(metrics: MetricData[], texts: Record<string, string>): DraftValue[] {
  return metrics.map((metric) => {
    const text = texts[metric.id] ?? "";
    const value = parseValue(text);
    return {
      metric,
      text,
      value,
      invalid: text.trim() !== "" && value === null,
      result: value === null ? null : evaluateMetric(metric, value),
    };
  });
}

const suggestedAssessment = { pass: "green", warn: "amber", fail: "red" } as const;

/** What the metrics suggest until the person chooses: all pass green, a warning amber, a failure red (and hold). */
export function suggestion(values: DraftValue[]): {
  assessment: CheckpointData["assessment"];
  decision: CheckpointData["decision"];
} {
  const overall = overallResult(values.flatMap((v) => (v.result ? [{ result: v.result }] : [])));
  const assessment = overall ? suggestedAssessment[overall] : "green";
  return { assessment, decision: assessment === "red" ? "hold" : "continue" };
}

/** A value as an input shows it again (no float noise: 0.1 + 0.2 stays 0.3). */
export const valueToText = (value: number) => String(Math.round(value * 1e6) / 1e6);
