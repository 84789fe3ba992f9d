"use client";

import { useState } from "react";
import type { GateRoundData } from "@/lib/audit/event-types";
import type { RequirementState } from "@/lib/gates/evaluate-gate";
import type { SignoffRequirement } from "@/lib/gates/schemas";
import { Avatar } from "@/components/ui/avatar";
import { clock, fullTime, outcomePill } from "@/components/gates/gate-look";
import { joinNames, signOffsFor, type GateContext, type GateSituation } from "@/components/gates/gate-state";

const OPEN_ITEMS_SHOWN = 5;

function Mark({ met }: { met: boolean }) {
  return met ? (
    <span
      role="img"
      aria-label="met"
      className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full bg-emerald-700 text-[11px] font-bold text-white"
    >
      ✓
    </span>
  ) : (
    <span
      role="img"
      aria-label="not met"
      className="mt-0.5 h-5 w-5 shrink-0 rounded-full border-2 border-slate-300 dark:border-slate-600"
    />
  );
}

/** What the gate asks for, evaluated live: open required items, then each sign-off requirement. */
export function GateCriteria({
  situation,
  context,
  timeZone,
}: {
  situation: GateSituation;
  context: GateContext;
  timeZone: string;
}) {
  const { gate, evaluation, requiredItemCount, round } = situation;
  const [allItems, setAllItems] = useState(false);
  const open = evaluation.openItems;
  const shown = allItems ? open : open.slice(0, OPEN_ITEMS_SHOWN);
  const nothingAsked =
    requiredItemCount === 0 &&
    gate.criteria.signoffs.length === 0 &&
    gate.criteria.sectionIds.length + gate.criteria.itemIds.length === 0;

  return (
    <section data-testid="gate-criteria" aria-labelledby={`criteria-${gate.id}`} className="space-y-3">
      <h4
        id={`criteria-${gate.id}`}
        className="text-xs font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400"
      >
        Criteria{situation.state === "decided" ? " · as they are now" : ""}
      </h4>
      {nothingAsked && (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          No criteria: the sponsor decides on their own judgement.
        </p>
      )}
      {(requiredItemCount > 0 || gate.criteria.sectionIds.length + gate.criteria.itemIds.length > 0) && (
        <div className="flex gap-3" data-testid="gate-items" data-open={open.length}>
          <Mark met={open.length === 0} />
          <div className="min-w-0 flex-1">
            <p className="text-sm font-medium">
              Required checklist items{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                {open.length === 0
                  ? requiredItemCount === 1
                    ? "· done"
                    : `· all ${requiredItemCount} done`
                  : `· ${open.length} of ${requiredItemCount} still open`}
              </span>
            </p>
            {open.length > 0 && (
              <ul className="mt-1.5 space-y-1">
                {shown.map((item) => (
                  <li
                    key={item.id}
                    data-testid="gate-open-item"
                    className="flex items-start gap-2 text-sm text-slate-700 dark:text-slate-300"
                  >
                    <span aria-hidden className="mt-[7px] h-1.5 w-1.5 shrink-0 rounded-full bg-slate-400" />
                    <span className="min-w-0 break-words">{item.title}</span>
                  </li>
                ))}
              </ul>
            )}
            {open.length > OPEN_ITEMS_SHOWN && (
              <button
                type="button"
                onClick={() => setAllItems((v) => !v)}
                className="mt-1 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
              >
                {allItems ? "Show fewer" : `Show all ${open.length} open items`}
              </button>
            )}
          </div>
        </div>
      )}
      {gate.criteria.signoffs.map((requirement, index) => {
        const state = evaluation.requirements[index];
        return state ? (
          <Requirement
            key={index}
            requirement={requirement}
            state={state}
            context={context}
            round={round}
            timeZone={timeZone}
            phase={!round ? "idle" : round.decision ? "closed" : "open"}
          />
        ) : null;
      })}
    </section>
  );
}

function Requirement({
  requirement,
  state,
  context,
  round,
  timeZone,
  phase,
}: {
  requirement: SignoffRequirement;
  state: RequirementState;
  context: GateContext;
  round: GateRoundData | null;
  timeZone: string;
  phase: "idle" | "open" | "closed";
}) {
  const signOffs = signOffsFor(requirement, context.members, round);
  const go = state.signedGo.length;
  const nobody = state.waitingFor.length === 0 && signOffs.length === 0;
  return (
    <div className="flex gap-3" data-testid="signoff-requirement" data-met={state.met}>
      <Mark met={state.met} />
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium">
          {state.label}{" "}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            · {go} of {state.needed} GO
          </span>
        </p>
        {signOffs.length > 0 && (
          <ul className="mt-1.5 space-y-1.5">
            {signOffs.map((signOff) => (
              <li
                key={signOff.id}
                data-testid="signoff-entry"
                data-verdict={signOff.verdict}
                className="flex items-start gap-2 text-sm"
              >
                <Avatar id={signOff.userId} name={signOff.userName} />
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-x-1.5">
                    <span className="font-medium">{signOff.userName}</span>
                    <span className={outcomePill(signOff.verdict)}>{signOff.verdict === "go" ? "GO" : "NO-GO"}</span>
                    <time
                      dateTime={signOff.createdAt}
                      title={fullTime(signOff.createdAt, timeZone)}
                      className="text-xs tabular-nums text-slate-500 dark:text-slate-400"
                    >
                      {clock(signOff.createdAt, timeZone)}
                    </time>
                  </p>
                  {signOff.comment && (
                    <p className="break-words text-slate-600 dark:text-slate-400">“{signOff.comment}”</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {!state.met && state.waitingFor.length > 0 && (
          <p className="mt-1.5 text-sm text-slate-600 dark:text-slate-400" data-testid="signoff-waiting">
            {phase === "open" ? "Waiting for " : phase === "closed" ? "Did not sign: " : "Will ask "}
            <span className="font-medium text-slate-800 dark:text-slate-200">{joinNames(state.waitingFor)}</span>
          </p>
        )}
        {nobody && (
          <p className="mt-1.5 text-sm text-red-700 dark:text-red-300">
            Nobody on the team is {requirement.by === "role" ? `a ${requirement.value}` : `${requirement.value}`}: the
            lead can change the criteria or the team.
          </p>
        )}
      </div>
    </div>
  );
}
