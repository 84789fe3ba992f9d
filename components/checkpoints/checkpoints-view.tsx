"use client";

import { useMemo, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { useDisplayZone } from "@/components/ui/use-display-zone";
import { can } from "@/lib/auth/permissions";
import { checkpointSlots, nextCheckpoint, type CheckpointSlot } from "@/lib/checkpoints/schedule";
import { checkpointTable } from "@/lib/report/checkpoint-table";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { Dialog } from "@/components/ui/dialog";
import { LaunchHeader } from "@/components/launches/launch-header";
import { LaunchTabs } from "@/components/launches/launch-tabs";
import { formatTime } from "@/lib/time/zoned";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";
import { useLaunchClock } from "@/components/checkpoints/use-launch-clock";
import { useCheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";
import { NextCheckpointCard, ScheduleList } from "@/components/checkpoints/next-checkpoint";
import { CheckpointHistory } from "@/components/checkpoints/checkpoint-history";
import { CheckpointForm, type CheckpointTarget } from "@/components/checkpoints/checkpoint-form";
import { MetricsSection } from "@/components/checkpoints/metrics-section";
import { SeverityLegend } from "@/components/checkpoints/severity-legend";
import { IncidentsPanel } from "@/components/checkpoints/incidents-panel";
import { CommsPanel, messageState } from "@/components/checkpoints/comms-panel";
import { HourlyUpdate } from "@/components/checkpoints/hourly-update";
import { SetupSection } from "@/components/checkpoints/setup-section";
import { assessmentLook, decisionLook } from "@/components/checkpoints/look";
import { SectionHeading, SectionNav } from "@/components/checkpoints/section-nav";

type Props = { initial: LaunchSnapshot; renderedAt: number };

/** Slots a report can be filed for now: the missed and due ones, and the next upcoming one. */
const reportableSlots = (slots: CheckpointSlot[]) => {
  const open = slots.filter((slot) => slot.state === "overdue" || slot.state === "due");
  const upcoming = slots.find((slot) => slot.state === "upcoming");
  return upcoming ? [...open, upcoming] : open;
};

/** After go-live: checkpoints on a schedule, metrics against their criteria, incidents and stakeholder messages, live. */
export function CheckpointsView(props: Props) {
  return (
    <ToastProvider>
      <Checkpoints {...props} />
    </ToastProvider>
  );
}

function Checkpoints({ initial, renderedAt }: Props) {
  const toast = useToast();
  const { snapshot, status, update } = useLaunchLive(initial);
  const now = useLaunchClock(renderedAt);
  // Reports and metrics are shown in the zone the viewer chose; forms and the schedule keep the launch's.
  const { zone } = useDisplayZone(snapshot.timezone);
  const actions = useCheckpointActions(snapshot.id, update);
  const [form, setForm] = useState<CheckpointTarget | null>(null);
  const role = snapshot.myRole;
  const fail = (message: string) => toast({ message, tone: "error" });

  const {
    checkpointEveryMinutes: everyMinutes,
    checkpointsFrom: from,
    checkpointsUntil: until,
    checkpointExtraTimes: extra,
    checkpoints,
    metrics,
  } = snapshot;
  const slots = useMemo(
    () => checkpointSlots({ everyMinutes, from, until, extra }, checkpoints, new Date(now)),
    [everyMinutes, from, until, extra, checkpoints, now],
  );
  const next = nextCheckpoint(slots);
  const rows = useMemo(() => checkpointTable(metrics, checkpoints), [metrics, checkpoints]);
  const openIncidents = snapshot.incidents.filter((incident) => incident.status !== "resolved").length;
  const dueMessages = snapshot.communications.filter((m) => ["due", "overdue"].includes(messageState(m, now))).length;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pb-28 pt-6 sm:pt-8" data-testid="checkpoints-page">
      <LaunchHeader snapshot={snapshot} live={status} now={now} />
      <div className="mt-5">
        <LaunchTabs launchId={snapshot.id} tab="checkpoints" />
      </div>
      <div className="mt-5">
        <RollbackAlarmBanner snapshot={snapshot} showLink={false} />
      </div>
      <SectionNav
        entries={[
          { id: "checkpoints", label: "Checkpoints", badge: next && next.state !== "upcoming" ? "due" : undefined },
          { id: "metrics", label: "Metrics" },
          { id: "incidents", label: "Incidents", badge: openIncidents > 0 ? `${openIncidents} open` : undefined },
          { id: "comms", label: "Communications", badge: dueMessages > 0 ? `${dueMessages} due` : undefined },
          { id: "setup", label: "Setup" },
        ]}
      />

      <section
        id="checkpoints"
        className="mt-6 grid scroll-mt-16 gap-5 lg:grid-cols-[minmax(0,1fr)_17rem]"
        aria-label="Checkpoints"
      >
        <div className="min-w-0 space-y-4">
          <NextCheckpointCard
            slots={slots}
            next={next}
            now={now}
            timeZone={zone}
            canSubmit={can(role, "checkpoint.submit")}
            onReport={() => setForm({ kind: "new", slots: reportableSlots(slots), number: next?.number ?? null })}
          />
          <SectionHeading
            title="Reports"
            description="Newest first. Reports are immutable: an amendment is a new version, and the old one stays visible."
          />
          <CheckpointHistory
            checkpoints={snapshot.checkpoints}
            metrics={snapshot.metrics}
            timeZone={zone}
            canAmend={can(role, "checkpoint.submit")}
            onAmend={(checkpoint) => setForm({ kind: "amend", checkpoint })}
          />
        </div>
        <aside className="min-w-0 space-y-4">
          <ScheduleList slots={slots} timeZone={snapshot.timezone} everyMinutes={snapshot.checkpointEveryMinutes} />
        </aside>
      </section>

      <MetricsSection metrics={snapshot.metrics} rows={rows} timeZone={zone} />

      <section id="incidents" className="mt-10 scroll-mt-16" aria-label="Incidents">
        <SeverityLegend levels={snapshot.severityLevels ?? []} />
        <IncidentsPanel
          incidents={snapshot.incidents}
          levels={snapshot.severityLevels ?? []}
          members={snapshot.members}
          timeZone={snapshot.timezone}
          now={now}
          canLog={can(role, "incident.log")}
          actions={actions}
          fail={fail}
        />
      </section>

      <section id="comms" className="mt-10 grid scroll-mt-16 gap-5 lg:grid-cols-2" aria-label="Communications">
        <CommsPanel
          snapshot={snapshot}
          now={now}
          canManage={can(role, "comms.manage")}
          canSend={can(role, "comms.send")}
          actions={actions}
          fail={fail}
        />
        <HourlyUpdate snapshot={snapshot} now={now} nextCheckpointAt={next?.dueAt ?? null} />
      </section>

      <SetupSection snapshot={snapshot} actions={actions} fail={fail} />

      <Dialog
        open={form !== null}
        onClose={() => setForm(null)}
        variant="drawer"
        testId="checkpoint-dialog"
        title={
          form?.kind === "amend"
            ? `Amend checkpoint ${form.checkpoint.number}`
            : form && form.slots.length <= 1 && next
              ? `Checkpoint ${next.number} report`
              : "Checkpoint report"
        }
        description={
          form?.kind === "amend"
            ? `Version ${form.checkpoint.version} was filed at ${formatTime(form.checkpoint.submittedAt, snapshot.timezone)}.`
            : `Times in ${snapshot.timezone}.`
        }
      >
        {form && (
          <CheckpointForm
            target={form}
            snapshot={snapshot}
            actions={actions}
            onDone={(checkpoint) => {
              setForm(null);
              toast({
                message: `Checkpoint ${checkpoint.number}${checkpoint.version > 1 ? ` (v${checkpoint.version})` : ""} filed: ${assessmentLook[checkpoint.assessment].label}, ${decisionLook[checkpoint.decision].label}.`,
              });
            }}
          />
        )}
      </Dialog>
    </main>
  );
}
