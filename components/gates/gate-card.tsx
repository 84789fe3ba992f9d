"use client";

import { useState } from "react";
import type { GateData, StepData } from "@/lib/audit/event-types";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { can } from "@/lib/auth/permissions";
import { requirementLabel, qualifies } from "@/lib/gates/evaluate-gate";
import { plannedStartOf } from "@/lib/timeline/timeline-forecast";
import { Button } from "@/components/ui/button";
import { Menu, MenuItem } from "@/components/ui/menu";
import { FlagIcon, MoreIcon, TrashIcon } from "@/components/ui/icons";
import { clock, fullTime, formatStepTime } from "@/components/gates/gate-look";
import { StepKindIcon } from "@/components/timeline/step-kind-icon";
import {
  canSignNow,
  isOpen,
  mySignOff,
  readinessText,
  type GateContext,
  type GateSituation,
} from "@/components/gates/gate-state";
import { GateCriteria } from "@/components/gates/gate-criteria";
import { GateDecision, isDecided } from "@/components/gates/gate-decision";
import { MySignOff, SignoffPanel } from "@/components/gates/signoff-panel";
import { DecisionPanel } from "@/components/gates/decision-panel";
import { RoundHistory } from "@/components/gates/round-history";
import type { GateActions, GateResult } from "@/components/gates/use-gate-actions";

export type GatesUi = {
  actorId: string;
  role: LaunchSnapshot["myRole"];
  timeZone: string;
  goLiveAt: string | null;
  steps: StepData[];
  context: GateContext;
  actions: GateActions;
  edit: (gate: GateData) => void;
  remove: (gate: GateData) => void;
  fail: (message: string) => void;
};

/** The gate's readiness in one line: the first thing anyone reads. */
export function ReadinessBadge({ situation }: { situation: GateSituation }) {
  const text = readinessText(situation.evaluation, situation.gate.criteria.signoffs);
  const hasNoGo = situation.evaluation.requirements.some((r) => r.signedNoGo.length > 0);
  const look =
    situation.state === "ready"
      ? "bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-400/30"
      : hasNoGo
        ? "bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-950/50 dark:text-red-200 dark:ring-red-400/30"
        : "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700";
  return (
    <span
      data-testid="gate-readiness"
      data-met={situation.evaluation.met}
      className={`inline-flex items-center gap-1.5 rounded-2xl px-2.5 py-1 text-sm font-medium ring-1 ring-inset ${look}`}
    >
      {situation.state === "ready" ? (
        <span aria-hidden>✓</span>
      ) : (
        <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${hasNoGo ? "bg-red-500" : "bg-slate-400"}`} />
      )}
      {text}
    </span>
  );
}

function Placement({ stepId, ui }: { stepId: string | null; ui: GatesUi }) {
  const step = stepId ? ui.steps.find((s) => s.id === stepId) : null;
  if (!step)
    return (
      <p className="text-xs font-medium uppercase tracking-wider text-slate-500 dark:text-slate-400">Go / no-go gate</p>
    );
  const at = plannedStartOf(step, ui.goLiveAt);
  return (
    <p
      className="flex items-center gap-1.5 text-xs font-medium text-slate-500 dark:text-slate-400"
      data-testid="gate-step"
    >
      <FlagIcon className="h-3.5 w-3.5" />
      <span className="truncate">
        On step: <StepKindIcon kind={step.kind} size="text" />
        {step.title}
      </span>
      {at && <span className="shrink-0 tabular-nums">· {formatStepTime(at.toISOString(), ui.timeZone)}</span>}
    </p>
  );
}

/** One gate, live: readiness, the decision, criteria, and the actions the viewer's role allows. */
export function GateCard({ situation, ui }: { situation: GateSituation; ui: GatesUi }) {
  const { gate, round, state } = situation;
  const [opening, setOpening] = useState(false);
  const isLead = can(ui.role, "gate.manage");
  const mine = mySignOff(round, ui.actorId);
  const signing = canSignNow(situation, ui.actorId, ui.role);
  const deciding = isOpen(situation) && can(ui.role, "gate.decide");
  const member = ui.context.members.find((m) => m.userId === ui.actorId);
  const mySignFor = member ? gate.criteria.signoffs.filter((req) => qualifies(member, req)).map(requirementLabel) : [];
  const earlier = round ? gate.rounds.slice(0, -1) : [];

  const report = (result: GateResult) => {
    if (!result.ok) ui.fail(result.error);
    return result;
  };
  const open = async () => {
    setOpening(true);
    report(await ui.actions.open(gate.id));
    setOpening(false);
  };

  return (
    <article
      id={`gate-${gate.id}`}
      data-testid="gate-card"
      data-gate-id={gate.id}
      data-state={state}
      className="scroll-mt-6 overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <header className="px-4 pt-4 sm:px-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <Placement stepId={gate.stepId} ui={ui} />
            <h3 className="mt-0.5 text-lg font-semibold leading-snug">{gate.title}</h3>
          </div>
          {isLead && (
            <Menu label={`Actions for ${gate.title}`} icon={<MoreIcon />} testId="gate-menu">
              <MenuItem onSelect={() => ui.edit(gate)} testId="gate-edit">
                Edit gate…
              </MenuItem>
              <MenuItem onSelect={() => ui.remove(gate)} testId="gate-delete" tone="danger">
                <TrashIcon /> Delete gate…
              </MenuItem>
            </Menu>
          )}
        </div>
        {gate.description && (
          <p className="mt-1 whitespace-pre-line text-sm text-slate-600 dark:text-slate-400">{gate.description}</p>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2">
          {state !== "decided" && <ReadinessBadge situation={situation} />}
          <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="gate-round">
            {round ? (
              <>
                Round {round.number} · opened{" "}
                <time dateTime={round.openedAt} title={fullTime(round.openedAt, ui.timeZone)}>
                  {clock(round.openedAt, ui.timeZone)}
                </time>
                {state === "decided" ? " · decided" : ""}
              </>
            ) : (
              "Not open for sign-off yet"
            )}
          </span>
        </div>
      </header>

      <div className="space-y-4 px-4 py-4 sm:px-5">
        {isDecided(round) && <GateDecision round={round} timeZone={ui.timeZone} />}
        <GateCriteria situation={situation} context={ui.context} timeZone={ui.timeZone} />
        {signing && (
          <SignoffPanel signing={mySignFor} onSign={(verdict, comment) => ui.actions.sign(gate.id, verdict, comment)} />
        )}
        {mine && <MySignOff signOff={mine} timeZone={ui.timeZone} />}
        {deciding && (
          <DecisionPanel
            key={round?.id}
            situation={situation}
            onDecide={(input) => ui.actions.decide(gate.id, input)}
          />
        )}
        {earlier.length > 0 && <RoundHistory rounds={earlier} timeZone={ui.timeZone} />}
      </div>

      {isLead && !isOpen(situation) && (
        <footer className="flex flex-col gap-2 border-t border-slate-200 bg-slate-50 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5 dark:border-slate-800 dark:bg-slate-950/40">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {state === "idle"
              ? "Opening asks the required signers for their sign-off."
              : "A new round asks for fresh sign-offs; this round stays in the history."}
          </p>
          <Button data-testid="gate-open" disabled={opening} onClick={() => void open()} className="shrink-0">
            {opening ? "Opening…" : state === "idle" ? "Open for sign-off" : `Open round ${(round?.number ?? 0) + 1}`}
          </Button>
        </footer>
      )}
    </article>
  );
}
