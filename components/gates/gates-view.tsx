"use client";

import { useMemo, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { GateData } from "@/lib/audit/event-types";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { can } from "@/lib/auth/permissions";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { PlusIcon } from "@/components/ui/icons";
import { LaunchHeader } from "@/components/launches/launch-header";
import { LaunchTabs, type LaunchPageTab } from "@/components/launches/launch-tabs";
import { useNow } from "@/components/ui/use-now";
import { useDisplayZone } from "@/components/ui/use-display-zone";
import { gateContext, isOpen, requestedOf, situationOf } from "@/components/gates/gate-state";
import { clock, decisionLook } from "@/components/gates/gate-look";
import { useGateActions } from "@/components/gates/use-gate-actions";
import { GateCard, type GatesUi } from "@/components/gates/gate-card";
import { GateEditorDialog, type GateEditorTarget } from "@/components/gates/gate-editor-dialog";
import {
  BrowserNotificationsToggle,
  DecisionRequestedBanners,
  SignoffRequestedBanners,
  useSignoffAlerts,
} from "@/components/gates/signoff-alerts";
import { AckBanners, pendingAcksOf } from "@/components/gates/ack-banners";
import { AckPanel } from "@/components/gates/ack-panel";
import { RollbackAlarmBanner } from "@/components/checkpoints/rollback-alarm-banner";

type Props = { initial: LaunchSnapshot; actorId: string };

// Until launch-tabs.tsx knows a "gates" tab: no other tab is marked current on this page.
const gatesTab: LaunchPageTab = "gates";

/** The go / no-go page: every gate live, the viewer's sign-off or decision, and acknowledgements. */
export function GatesView(props: Props) {
  return (
    <ToastProvider>
      <Gates {...props} />
    </ToastProvider>
  );
}

function Gates({ initial, actorId }: Props) {
  const toast = useToast();
  const onEvent = useSignoffAlerts(actorId);
  const { snapshot, status, update } = useLaunchLive(initial, { onEvent });
  const now = useNow();
  // Shown in the zone the viewer chose; the editor keeps the launch's zone, as its form says.
  const { zone } = useDisplayZone(snapshot.timezone);
  const actions = useGateActions(snapshot.id, update);
  const [editor, setEditor] = useState<GateEditorTarget>(null);
  const [deleting, setDeleting] = useState<GateData | null>(null);
  const role = snapshot.myRole;
  const context = useMemo(() => gateContext(snapshot), [snapshot]);
  const situations = useMemo(() => snapshot.gates.map((gate) => situationOf(gate, context)), [snapshot.gates, context]);
  const requested = requestedOf(situations, actorId, role);
  const awaitingDecision = can(role, "gate.decide") ? situations.filter(isOpen) : [];
  const pendingAcks = pendingAcksOf(snapshot.ackRequests, actorId);
  const isLead = can(role, "gate.manage");

  const ui: GatesUi = {
    actorId,
    role,
    timeZone: zone,
    goLiveAt: snapshot.goLiveAt,
    steps: snapshot.steps,
    context,
    actions,
    edit: (gate) => setEditor({ mode: "edit", gate }),
    remove: (gate) => setDeleting(gate),
    fail: (message) => toast({ message, tone: "error" }),
  };

  const suggestion = decisionMessage(
    situations.map((s) => s.gate),
    snapshot.timezone,
  );

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 pb-28 pt-6 sm:pt-8">
      <LaunchHeader snapshot={snapshot} live={status} now={now} />
      <div className="mt-5">
        <LaunchTabs launchId={snapshot.id} tab={gatesTab} />
      </div>
      <div className="mt-4 empty:hidden">
        <RollbackAlarmBanner snapshot={snapshot} />
      </div>

      {(requested.length > 0 || awaitingDecision.length > 0 || pendingAcks.length > 0) && (
        <div className="mt-5 space-y-3" aria-label="Waiting for you">
          <AckBanners pending={pendingAcks} timeZone={zone} onAcknowledge={actions.acknowledge} />
          <SignoffRequestedBanners requested={requested} />
          <DecisionRequestedBanners open={awaitingDecision} />
        </div>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <section aria-labelledby="gates-title" className="min-w-0">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="gates-title" className="text-xl font-semibold tracking-tight">
                Go / no-go gates
              </h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Criteria are checked live against the checklist and the sign-offs.
              </p>
            </div>
            {isLead && (
              <Button onClick={() => setEditor({ mode: "create" })} data-testid="gate-add">
                <PlusIcon /> Add gate
              </Button>
            )}
          </div>
          {situations.length === 0 ? (
            <div
              className="mt-4 rounded-2xl border border-dashed border-slate-300 px-6 py-12 text-center dark:border-slate-700"
              data-testid="gates-empty"
            >
              <p className="font-medium">No gates yet</p>
              <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">
                {isLead
                  ? "Add a gate for each go / no-go decision: what must be done, and who signs, before GO."
                  : "The lead has not set up a go / no-go gate yet."}
              </p>
            </div>
          ) : (
            <div className="mt-4 space-y-5">
              {situations.map((situation) => (
                <GateCard key={situation.gate.id} situation={situation} ui={ui} />
              ))}
            </div>
          )}
        </section>

        <aside className="space-y-4 lg:sticky lg:top-6">
          <AckPanel
            requests={snapshot.ackRequests}
            members={snapshot.members}
            timeZone={snapshot.timezone}
            canRequest={can(role, "ack.request")}
            suggestion={suggestion}
            onRequest={actions.requestAck}
          />
          <BrowserNotificationsToggle />
        </aside>
      </div>

      <GateEditorDialog
        target={editor}
        context={{
          sections: snapshot.sections,
          steps: snapshot.steps,
          members: snapshot.members,
          timeZone: snapshot.timezone,
          goLiveAt: snapshot.goLiveAt,
        }}
        actions={actions}
        onClose={() => setEditor(null)}
      />
      <ConfirmDialog
        open={!!deleting}
        title="Delete gate"
        confirmLabel="Delete gate"
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          const gate = deleting;
          if (gate)
            void actions
              .remove(gate.id)
              .then((result) => !result.ok && toast({ message: result.error, tone: "error" }));
        }}
      >
        Delete <strong>{deleting?.title}</strong>? A gate with sign-offs or decisions on record is kept by the server.
      </ConfirmDialog>
    </main>
  );
}

/** The newest decision in words, for the lead's acknowledgement message. */
function decisionMessage(gates: GateData[], timeZone: string): string | null {
  const latest = gates
    .flatMap((gate) => gate.rounds.map((round) => ({ gate, round })))
    .filter(({ round }) => round.decision && round.decidedAt)
    .sort((a, b) => (b.round.decidedAt ?? "").localeCompare(a.round.decidedAt ?? ""))[0];
  if (!latest?.round.decision || !latest.round.decidedAt) return null;
  const { gate, round } = latest;
  const look = decisionLook[latest.round.decision];
  const who = round.decidedBy?.name ?? "the sponsor";
  return [
    `${look.label}: ${gate.title}, ${look.verb} ${who} at ${clock(latest.round.decidedAt, timeZone)}.`,
    round.comment,
    round.override ? `Override: ${round.overrideReason}` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
