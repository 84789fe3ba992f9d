"use client";

import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { can } from "@/lib/auth/permissions";
import { CriteriaPanel } from "@/components/checkpoints/criteria-panel";
import { TriggersPanel } from "@/components/checkpoints/triggers-panel";
import { SchedulePanel } from "@/components/checkpoints/schedule-panel";
import { MetricsTokenPanel } from "@/components/checkpoints/metrics-token-panel";
import { SectionHeading } from "@/components/checkpoints/section-nav";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

/** Success criteria, rollback triggers, the schedule and the push token: set by the lead, visible to all. */
export function SetupSection({
  snapshot,
  actions,
  fail,
}: {
  snapshot: LaunchSnapshot;
  actions: CheckpointActions;
  fail: (message: string) => void;
}) {
  const canManage = can(snapshot.myRole, "criteria.manage");
  return (
    <section id="setup" className="mt-10 scroll-mt-16" aria-label="Setup">
      <SectionHeading
        title="Setup"
        description={
          canManage
            ? "What checkpoints measure, when they happen, and what raises the alarm."
            : "Set by the deployment lead."
        }
      />
      <div className="mt-3 grid gap-5 lg:grid-cols-2">
        <CriteriaPanel metrics={snapshot.metrics} canManage={canManage} actions={actions} fail={fail} />
        <TriggersPanel
          triggers={snapshot.triggers}
          metrics={snapshot.metrics}
          canManage={canManage}
          actions={actions}
          fail={fail}
        />
        <SchedulePanel schedule={snapshot} canManage={canManage} actions={actions} />
        <MetricsTokenPanel
          launchId={snapshot.id}
          hasToken={snapshot.hasMetricsToken}
          metrics={snapshot.metrics}
          canManage={canManage}
          actions={actions}
          fail={fail}
        />
      </div>
    </section>
  );
}
