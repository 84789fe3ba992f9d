"use client";

import { useId, useState } from "react";
import type { DecideGateInput } from "@/lib/gates/schemas";
import { ErrorMessage, inputClass } from "@/components/ui/field";
import { AlertIcon } from "@/components/ui/icons";
import { decisionLook } from "@/components/gates/gate-look";
import { missingAtDecision, type GateSituation } from "@/components/gates/gate-state";
import type { GateResult } from "@/components/gates/use-gate-actions";
import { useVerdictComment, VerdictComment } from "@/components/gates/verdict-comment";

type Decision = DecideGateInput["decision"];
const big =
  "flex items-center justify-center rounded-xl font-extrabold tracking-wide shadow-sm transition focus:outline-none focus-visible:ring-4 focus-visible:ring-indigo-400/60 disabled:cursor-not-allowed";

/**
 * The sponsor's decision on the open round. GO needs the criteria met; otherwise only the explicit
 * override flow decides GO, and it asks for a reason that stays on the record.
 */
export function DecisionPanel({
  situation,
  onDecide,
}: {
  situation: GateSituation;
  onDecide: (input: DecideGateInput) => Promise<GateResult>;
}) {
  const { comment, demandReason, field: commentField } = useVerdictComment();
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState<Decision | "override" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const met = situation.evaluation.met;
  const missing = missingAtDecision(situation.evaluation);

  async function decide(decision: Decision, override = false) {
    if (decision === "no_go" && !demandReason()) return;
    setBusy(override ? "override" : decision);
    setError(null);
    const result = await onDecide({
      decision,
      comment: comment.trim(),
      ...(override && { override: true, overrideReason: reason.trim() }),
    });
    setBusy(null);
    if (!result.ok) setError(Object.values(result.fields)[0]?.[0] ?? result.error);
  }

  return (
    <section
      aria-label="Your decision"
      data-testid="decision-panel"
      className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h4 className="font-semibold">Your decision</h4>
      <p
        className={`mt-0.5 text-sm ${met ? "text-emerald-800 dark:text-emerald-300" : "text-slate-600 dark:text-slate-400"}`}
      >
        {met ? "All criteria are met." : "The criteria are not met yet. GO is possible only as an override."}
      </p>
      <VerdictComment
        field={commentField}
        note="(shown to everyone; required for NO-GO)"
        placeholder="e.g. Approved, proceed"
        hintText="Say why: a NO-GO decision needs a reason."
        testId="decision-comment"
      />

      <div className="mt-3 grid grid-cols-2 gap-3">
        <button
          type="button"
          data-testid="decide-go"
          disabled={!met || !!busy}
          title={met ? undefined : "The criteria are not met: use Override and decide GO"}
          onClick={() => void decide("go")}
          className={`${big} col-span-2 h-16 ${met ? `text-2xl ${decisionLook.go.button}` : "border-2 border-dashed border-slate-300 bg-slate-50 text-base font-semibold text-slate-500 shadow-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400"}`}
        >
          {busy === "go" ? "Deciding…" : met ? "GO" : "GO is locked: criteria not met"}
        </button>
        <button
          type="button"
          data-testid="decide-no-go"
          disabled={!!busy}
          onClick={() => void decide("no_go")}
          className={`${big} h-12 text-lg ${decisionLook.no_go.button}`}
        >
          {busy === "no_go" ? "Deciding…" : "NO-GO"}
        </button>
        <button
          type="button"
          data-testid="decide-hold"
          disabled={!!busy}
          onClick={() => void decide("hold")}
          className={`${big} h-12 text-lg ${decisionLook.hold.button}`}
        >
          {busy === "hold" ? "Deciding…" : "HOLD"}
        </button>
      </div>

      {!met && !overriding && (
        <button
          type="button"
          data-testid="override-go"
          onClick={() => setOverriding(true)}
          className="mt-3 inline-flex w-full items-center justify-center gap-2 rounded-xl border-2 border-dashed border-fuchsia-400 px-3 py-2.5 text-sm font-semibold text-fuchsia-800 hover:bg-fuchsia-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-fuchsia-500 dark:border-fuchsia-600 dark:text-fuchsia-300 dark:hover:bg-fuchsia-950/40"
        >
          <AlertIcon /> Override and decide GO…
        </button>
      )}
      {!met && overriding && (
        <div
          className="mt-3 rounded-xl border-2 border-fuchsia-500 bg-fuchsia-50 p-3.5 dark:border-fuchsia-600 dark:bg-fuchsia-950/40"
          data-testid="override-flow"
        >
          <p className="flex items-center gap-1.5 font-semibold text-fuchsia-900 dark:text-fuchsia-200">
            <AlertIcon /> Decide GO although the criteria are not met
          </p>
          <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300">
            {missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <label htmlFor={reasonId} className="mt-3 block text-sm font-medium">
            Reason for the override{" "}
            <span className="font-normal text-slate-500 dark:text-slate-400">
              (required; recorded with an OVERRIDE badge, visible to everyone)
            </span>
          </label>
          <textarea
            id={reasonId}
            data-testid="override-reason"
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. QA signed verbally on the bridge"
            className={inputClass}
            autoFocus
          />
          <div className="mt-3 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button
              type="button"
              onClick={() => setOverriding(false)}
              className="rounded-lg px-3 py-2.5 text-sm font-medium text-slate-700 hover:bg-white dark:text-slate-300 dark:hover:bg-slate-900"
            >
              Cancel
            </button>
            <button
              type="button"
              data-testid="override-confirm"
              disabled={!reason.trim() || !!busy}
              onClick={() => void decide("go", true)}
              className="rounded-lg bg-fuchsia-700 px-4 py-2.5 text-sm font-bold text-white hover:bg-fuchsia-600 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-fuchsia-600"
            >
              {busy === "override" ? "Deciding…" : "Override and decide GO"}
            </button>
          </div>
        </div>
      )}
      {error && (
        <div className="mt-3">
          <ErrorMessage message={error} />
        </div>
      )}
    </section>
  );
}
