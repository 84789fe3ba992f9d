import type { StepData } from "@/lib/audit/event-types";

// One glyph per kind, the same on the timeline, the war room, the wall screen, the gates and the report.
export const stepKindLook: Record<StepData["kind"], { glyph: string; label: string }> = {
  task: { glyph: "▸", label: "Task" },
  milestone: { glyph: "◆", label: "Milestone" },
  validation: { glyph: "✓", label: "Validation" },
  communication: { glyph: "✉", label: "Communication" },
  decision: { glyph: "⚖", label: "Decision" },
};

/**
 * The step's kind as a glyph, its name for screen readers and as a tooltip. `chip` is a fixed 20 px
 * badge (timeline rows); `text` sits in a line of text at its size and colour, so it never makes a
 * row taller (the Gantt labels and the wall screen's lists, sized to fit).
 */
export function StepKindIcon({
  kind,
  className = "",
  size = "chip",
}: {
  kind: StepData["kind"];
  className?: string;
  size?: "chip" | "text";
}) {
  const look = stepKindLook[kind];
  return (
    <span
      data-testid="step-kind"
      data-kind={kind}
      title={look.label}
      className={`${
        size === "chip"
          ? "inline-flex h-5 w-5 items-center justify-center rounded bg-slate-100 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200"
          : "inline-block w-[1.2em] text-center leading-none"
      } shrink-0 ${className}`}
    >
      <span aria-hidden>{look.glyph}</span>
      <span className="sr-only">{look.label}</span>
    </span>
  );
}
