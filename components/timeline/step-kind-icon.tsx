import type { StepData } from "@/lib/audit/event-types";

// One glyph per kind, the same on the timeline, the war room and the wall screen.
export const stepKindLook: Record<StepData["kind"], { glyph: string; label: string }> = {
  task: { glyph: "▸", label: "Task" },
  milestone: { glyph: "◆", label: "Milestone" },
  validation: { glyph: "✓", label: "Validation" },
  communication: { glyph: "✉", label: "Communication" },
  decision: { glyph: "⚖", label: "Decision" },
};

export function StepKindIcon({ kind, className = "" }: { kind: StepData["kind"]; className?: string }) {
  const look = stepKindLook[kind];
  return (
    <span
      data-testid="step-kind"
      data-kind={kind}
      title={look.label}
      className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded bg-slate-100 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200 ${className}`}
    >
      <span aria-hidden>{look.glyph}</span>
      <span className="sr-only">{look.label}</span>
    </span>
  );
}
