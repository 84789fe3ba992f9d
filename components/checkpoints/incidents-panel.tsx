"use client";

import { useState } from "react";
import type { IncidentData, MemberData } from "@/lib/audit/event-types";
import { durationText, minutesBetween } from "@/lib/report/format";
import { resolutionMinutes } from "@/lib/report/incident-report";
import { formatTime } from "@/lib/time/zoned";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { PlusIcon } from "@/components/ui/icons";
import { Panel } from "@/components/checkpoints/panel";
import type { PlanSeverityLevel } from "@/lib/plans/plan";
import { IncidentForm } from "@/components/checkpoints/incident-form";
import { pill, severityLook } from "@/components/checkpoints/look";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

const statuses: { value: IncidentData["status"]; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "investigating", label: "Investigating" },
  { value: "mitigated", label: "Mitigated" },
  { value: "resolved", label: "Resolved" },
];
const statusTone: Record<IncidentData["status"], string> = {
  open: "border-red-300 text-red-800 dark:border-red-800 dark:text-red-200",
  investigating: "border-amber-300 text-amber-900 dark:border-amber-700 dark:text-amber-200",
  mitigated: "border-sky-300 text-sky-900 dark:border-sky-700 dark:text-sky-200",
  resolved: "border-emerald-300 text-emerald-800 dark:border-emerald-700 dark:text-emerald-200",
};

type Props = {
  incidents: IncidentData[];
  members: MemberData[];
  timeZone: string;
  now: number;
  canLog: boolean;
  actions: CheckpointActions;
  fail: (message: string) => void;
  /** The plan's severity definitions, offered beside the built-in severities when logging. */
  levels?: PlanSeverityLevel[];
};

/** Incidents of the day: log one, move it open → investigating → mitigated → resolved, see how long it took. */
export function IncidentsPanel({ incidents, members, timeZone, now, canLog, actions, fail, levels = [] }: Props) {
  const [editing, setEditing] = useState<IncidentData | "new" | null>(null);
  const open = incidents.filter((incident) => incident.status !== "resolved");
  const ordered = [
    ...open.sort((a, b) => rank(a) - rank(b) || b.openedAt.localeCompare(a.openedAt)),
    ...incidents
      .filter((i) => i.status === "resolved")
      .sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? "")),
  ];

  const setStatus = async (incident: IncidentData, status: IncidentData["status"]) => {
    const answer = await actions.updateIncident(incident.id, { status, version: incident.version });
    if (!answer.ok) fail(answer.body.error);
  };

  return (
    <Panel
      title={
        <span className="flex items-center gap-2">
          Incidents
          {open.length > 0 && (
            <span className={`${pill} bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200`}>
              {open.length} open
            </span>
          )}
        </span>
      }
      testId="incidents-panel"
      action={
        canLog && (
          <Button onClick={() => setEditing("new")} data-testid="incident-add">
            <PlusIcon /> Log incident
          </Button>
        )
      }
    >
      {ordered.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          No incidents. Log one the moment something goes wrong; a critical one raises the rollback alarm.
        </p>
      ) : (
        <ul className="space-y-2">
          {ordered.map((incident) => {
            const took = resolutionMinutes(incident);
            const critical = incident.severity === "critical" && incident.status !== "resolved";
            return (
              <li
                key={incident.id}
                data-testid="incident-row"
                data-severity={incident.severity}
                data-status={incident.status}
                className={`rounded-lg border p-3 ${critical ? "border-red-400 bg-red-50 ring-1 ring-red-400 dark:border-red-700 dark:bg-red-950/40 dark:ring-red-700" : "border-slate-200 dark:border-slate-800"}`}
              >
                <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
                  <span className={`${pill} ${severityLook[incident.severity].pill}`}>
                    {incident.severity === "critical" && <span aria-hidden>▲</span>}
                    {severityLook[incident.severity].label}
                  </span>
                  <div className="min-w-0 flex-1 basis-48">
                    <p
                      className={`font-medium ${incident.status === "resolved" ? "text-slate-600 dark:text-slate-400" : ""}`}
                    >
                      {incident.title}
                    </p>
                    <p className="text-xs text-slate-500 dark:text-slate-400">
                      Opened {formatTime(incident.openedAt, timeZone)}
                      {incident.owner ? ` · owner ${incident.owner.name}` : " · no owner"}
                      {" · "}
                      {took !== null ? (
                        <span data-testid="incident-resolution">resolved in {durationText(took)}</span>
                      ) : (
                        <span>
                          open for{" "}
                          {durationText(Math.max(0, minutesBetween(incident.openedAt, new Date(now).toISOString())))}
                        </span>
                      )}
                    </p>
                    {incident.impact && (
                      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Impact: {incident.impact}</p>
                    )}
                    {incident.notes && (
                      <p className="mt-0.5 whitespace-pre-line text-sm text-slate-600 dark:text-slate-400">
                        {incident.notes}
                      </p>
                    )}
                  </div>
                  <div className="flex items-center gap-1.5">
                    {canLog ? (
                      <select
                        aria-label={`Status of ${incident.title}`}
                        data-testid="incident-status"
                        value={incident.status}
                        onChange={(event) => void setStatus(incident, event.target.value as IncidentData["status"])}
                        className={`rounded-md border bg-white px-2 py-1 text-sm font-medium dark:bg-slate-900 ${statusTone[incident.status]}`}
                      >
                        {statuses.map((status) => (
                          <option key={status.value} value={status.value}>
                            {status.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <span
                        className={`rounded-md border px-2 py-1 text-sm font-medium ${statusTone[incident.status]}`}
                      >
                        {statuses.find((s) => s.value === incident.status)?.label}
                      </span>
                    )}
                    {canLog && (
                      <Button
                        variant="ghost"
                        className="px-2 py-1"
                        onClick={() => setEditing(incident)}
                        aria-label={`Edit ${incident.title}`}
                        data-testid="incident-edit"
                      >
                        Edit
                      </Button>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? "Log an incident" : "Edit incident"}
        testId="incident-dialog"
      >
        {editing !== null && (
          <IncidentForm
            incident={editing === "new" ? null : editing}
            members={members}
            actions={actions}
            onClose={() => setEditing(null)}
            levels={levels}
          />
        )}
      </Dialog>
    </Panel>
  );
}

const severityRank = { critical: 0, high: 1, medium: 2, low: 3 } as const;
const rank = (incident: IncidentData) => severityRank[incident.severity];
