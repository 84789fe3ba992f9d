import type { PlanSeverityLevel } from "@/lib/plans/plan";
import { formatMinutes } from "@/lib/import/estimates";

// The launch's severity levels as the table lib/import/severity-levels.ts reads: the key with its label
// ("P1 – Critical"), what it means and how fast the team responds. The importer files each level under the
// built-in severity its label (else its number) names, so the table need not say it.

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

function response(minutes: number | null): string {
  if (minutes === null) return "";
  return minutes === 0 ? "Immediate" : formatMinutes(minutes);
}

export function renderSeverityLevels(levels: PlanSeverityLevel[] | undefined): string[] {
  if (!levels || levels.length === 0) return [];
  const rows = levels.map((level) => {
    const name = level.label && level.label !== level.key ? `${level.key} – ${level.label}` : level.key;
    return `| ${cell(name)} | ${cell(level.meaning)} | ${response(level.responseMinutes)} |`;
  });
  return [
    `## Severity levels\n\n| Severity | Meaning | Response time |\n|----------|---------|---------------|\n${rows.join("\n")}`,
  ];
}
