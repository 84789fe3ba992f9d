import type { IncidentData } from "@/lib/audit/event-types";
import { minutesBetween } from "@/lib/report/format";

export type IncidentRow = IncidentData & {
  /** Minutes from opened to resolved; null while it is not resolved. */
  resolutionMinutes: number | null;
};

export const severityLabels: Record<IncidentData["severity"], string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
};
export const incidentStatusLabels: Record<IncidentData["status"], string> = {
  open: "Open",
  investigating: "Investigating",
  mitigated: "Mitigated",
  resolved: "Resolved",
};

export const resolutionMinutes = (incident: Pick<IncidentData, "openedAt" | "resolvedAt">) =>
  incident.resolvedAt ? minutesBetween(incident.openedAt, incident.resolvedAt) : null;

/** Incidents in the order they were opened, each with its time to resolve. */
export function incidentRows(incidents: IncidentData[]): IncidentRow[] {
  return [...incidents]
    .sort((a, b) => a.openedAt.localeCompare(b.openedAt))
    .map((incident) => ({ ...incident, resolutionMinutes: resolutionMinutes(incident) }));
}
