"use client";

import { useMemo } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { LaunchFieldsData } from "@/lib/audit/event-types";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { can } from "@/lib/auth/permissions";
import { sendJson } from "@/lib/http/send-json";
import { launchStatusLabels } from "@/lib/launches/launch-lifecycle";
import { buildReport } from "@/lib/report/build-report";
import type { DecisionOrigins } from "@/lib/report/decision-origins";
import { localDateTime } from "@/lib/report/format";
import { LaunchTabs } from "@/components/launches/launch-tabs";
import { LiveBadge } from "@/components/launches/live-badge";
import { Button } from "@/components/ui/button";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import { useLaunchClock } from "@/components/checkpoints/use-launch-clock";
import { ChecklistSection, SummarySection, TimelineSection } from "@/components/report/report-plan-sections";
import { GatesSection } from "@/components/report/report-decisions";
import {
  CheckpointsSection,
  CommunicationsSection,
  IncidentsSection,
} from "@/components/report/report-outcome-sections";
import { LessonsLearned } from "@/components/report/lessons-learned";
import { RehearsalVsLiveSection, TimingSection } from "@/components/report/report-timing-sections";
import { PrintPageFrame } from "@/components/report/print-page-frame";
import "@/components/report/report-print.css";

const downloads = [
  { path: "markdown", label: "Markdown", testId: "download-markdown" },
  { path: "timeline.csv", label: "Timeline CSV", testId: "download-timeline" },
  { path: "checkpoints.csv", label: "Checkpoints CSV", testId: "download-checkpoints" },
  { path: "incidents.csv", label: "Incidents CSV", testId: "download-incidents" },
];

/** The post-launch report, built from the launch's live data; print it, or download it as Markdown / CSV. */
export function ReportView({
  initial,
  renderedAt,
  origins,
}: {
  initial: LaunchSnapshot;
  renderedAt: number;
  origins: DecisionOrigins;
}) {
  const { snapshot, status, update } = useLaunchLive(initial);
  const now = useLaunchClock(renderedAt, 60_000);
  const report = useMemo(() => buildReport(snapshot, new Date(now), origins), [snapshot, now, origins]);
  const tz = snapshot.timezone;

  const saveLessons = async (lessonsLearned: string) => {
    const answer = await sendJson<LaunchFieldsData>("PATCH", `/api/launches/${snapshot.id}`, {
      lessonsLearned,
      version: snapshot.version,
    });
    if (!answer.ok) return { ok: false as const, error: answer.body.error };
    update(
      (current) => ({ ...current, lessonsLearned: answer.body.lessonsLearned, version: answer.body.version }),
      answer.seq,
    );
    return { ok: true as const };
  };

  return (
    <main id="main" className="report-doc mx-auto max-w-5xl px-4 pb-24 pt-6 sm:pt-8" data-testid="report-page">
      <PrintPageFrame title={snapshot.name} timeZone={tz} renderedAt={renderedAt} />
      <div className="print:hidden">
        <LaunchTabs launchId={snapshot.id} tab="report" />
      </div>

      <header className="report-title mt-6 flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-widest text-indigo-700 dark:text-indigo-300">
            Post-launch report
          </p>
          <h1 className="mt-1 text-3xl font-semibold tracking-tight">{snapshot.name}</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {[snapshot.system, launchStatusLabels[snapshot.status], snapshot.isRehearsal ? "Rehearsal" : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
            Times in {tz}. Generated {localDateTime(report.generatedAt, tz)} from the launch&apos;s live data.
          </p>
        </div>
        <div className="flex flex-col items-start gap-2 sm:items-end print:hidden">
          <span className="rounded-full border border-slate-200 bg-white px-2.5 py-0.5 dark:border-slate-700 dark:bg-slate-900">
            <LiveBadge status={status} />
          </span>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => window.print()} data-testid="print-report">
              Print / PDF
            </Button>
            {downloads.map((file) => (
              <a
                key={file.path}
                href={`/api/launches/${snapshot.id}/report/${file.path}`}
                download
                data-testid={file.testId}
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
              >
                ↓ {file.label}
              </a>
            ))}
          </div>
        </div>
      </header>

      <div className="mt-5 print:hidden">
        <RollbackAlarmBanner snapshot={snapshot} />
      </div>

      <div className="mt-6 space-y-6">
        <SummarySection report={report} />
        <TimelineSection report={report} />
        <RehearsalVsLiveSection report={report} />
        <TimingSection report={report} />
        <ChecklistSection report={report} />
        <GatesSection report={report} />
        <CheckpointsSection report={report} />
        <IncidentsSection report={report} />
        <CommunicationsSection report={report} />
        <LessonsLearned
          text={snapshot.lessonsLearned}
          canEdit={can(snapshot.myRole, "launch.edit")}
          onSave={saveLessons}
        />
      </div>
    </main>
  );
}
