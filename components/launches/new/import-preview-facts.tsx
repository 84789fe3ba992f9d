import type { Plan } from "@/lib/plans/plan";

const symbol = { lt: "<", lte: "≤", gt: ">", gte: "≥", eq: "=" } as const;
const triggerKindText = {
  critical_incident: "Critical incident",
  metric: "Metric",
  manual: "Judged by the team",
} as const;

/** "T−48 h", "T+30 min", "T+0": a time relative to go-live, as the plan holds it. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "T+0";
  const sign = minutes > 0 ? "+" : "−";
  const size = Math.abs(minutes);
  const text =
    size % 60 === 0 ? `${size / 60} h` : size > 60 ? `${Math.floor(size / 60)} h ${size % 60} min` : `${size} min`;
  return `T${sign}${text}`;
}

/** Everything the launch will hold besides its checklist: timeline, criteria, gates, schedule, messages, people. */
export function ImportPreviewFacts({
  plan,
  goLive,
  goLiveAt,
}: {
  plan: Plan;
  goLive?: string;
  goLiveAt?: string | null;
}) {
  const steps = plan.steps ?? [];
  const blocks: { title: string; testId: string; rows: string[] }[] = [
    {
      title: "Go-live and window",
      testId: "preview-go-live",
      rows: [
        ...(goLive
          ? [`Go-live: ${goLive}${goLiveAt ? ` (${goLiveAt})` : " (give the date below to place the plan)"}`]
          : []),
        ...(plan.window
          ? [`Window: ${formatOffset(plan.window.startOffsetMinutes)} to ${formatOffset(plan.window.endOffsetMinutes)}`]
          : []),
      ],
    },
    {
      title: "Phases and steps",
      testId: "preview-steps",
      rows: steps.map(
        (step) =>
          `${formatOffset(step.startOffsetMinutes ?? 0)} · ${step.title} (${step.durationMinutes ?? 0} min)${step.phase ? ` — ${step.phase}` : ""}${step.owner ? ` · owner ${step.owner}` : ""}${step.goLive ? " · go-live" : ""}`,
      ),
    },
    {
      title: "Success criteria",
      testId: "preview-metrics",
      rows: (plan.metrics ?? []).map(
        (metric) =>
          `${metric.name} ${symbol[metric.comparator]} ${metric.threshold}${metric.unit ? ` ${metric.unit}` : ""}`,
      ),
    },
    {
      title: "Rollback triggers",
      testId: "preview-triggers",
      rows: (plan.triggers ?? []).map((trigger) => `${triggerKindText[trigger.kind]}: ${trigger.description}`),
    },
    {
      title: "Gates",
      testId: "preview-gates",
      rows: (plan.gates ?? []).map(
        (gate) =>
          `${gate.title}${gate.step !== undefined ? ` (on step "${steps[gate.step]?.title ?? ""}")` : ""}${gate.signoffs.length ? ` · signed by ${gate.signoffs.map((s) => s.value).join(", ")}` : ""}`,
      ),
    },
    {
      title: "Checkpoints",
      testId: "preview-checkpoints",
      rows: plan.checkpoints
        ? [
            `Every ${plan.checkpoints.everyMinutes} min from ${formatOffset(plan.checkpoints.fromOffsetMinutes)}${plan.checkpoints.untilOffsetMinutes === null ? "" : ` to ${formatOffset(plan.checkpoints.untilOffsetMinutes)}`}`,
          ]
        : [],
    },
    {
      title: "Additional checkpoints",
      testId: "preview-extra-checkpoints",
      rows: (plan.extraCheckpoints ?? []).map(formatOffset),
    },
    {
      title: "Incident severity levels",
      testId: "preview-severity-levels",
      rows: (plan.severityLevels ?? []).map(
        (level) =>
          `${level.key}${level.label && level.label !== level.key ? ` ${level.label}` : ""} (files as ${level.severity})${level.meaning ? ` · ${level.meaning}` : ""}${level.responseMinutes === null ? "" : ` · respond within ${level.responseMinutes} min`}`,
      ),
    },
    {
      title: "Planned messages",
      testId: "preview-messages",
      rows: (plan.messages ?? []).map(
        (message) =>
          `${formatOffset(message.offsetMinutes)}${message.repeatEveryMinutes ? `, every ${message.repeatEveryMinutes} min` : ""} · ${[message.audience, message.channel].filter(Boolean).join(" via ") || "—"} · ${message.text}`,
      ),
    },
    {
      title: "Functions",
      testId: "preview-functions",
      rows: plan.functions?.length ? [plan.functions.join(", ")] : [],
    },
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-2" data-testid="import-preview-facts">
      {blocks
        .filter((block) => block.rows.length > 0)
        .map((block) => (
          <div
            key={block.title}
            className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
            data-testid={block.testId}
          >
            <h3 className="mb-1 text-sm font-semibold">{block.title}</h3>
            <ul className="space-y-0.5 text-sm">
              {block.rows.map((row, index) => (
                <li key={index}>{row}</li>
              ))}
            </ul>
          </div>
        ))}
    </div>
  );
}
