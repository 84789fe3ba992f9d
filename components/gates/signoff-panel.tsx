"use client";

import { useState } from "react";
import type { GateRoundData } from "@/lib/audit/event-types";
import { ErrorMessage } from "@/components/ui/field";
import { clock, decisionLook, fullTime, outcomePill } from "@/components/gates/gate-look";
import type { GateResult } from "@/components/gates/use-gate-actions";
import { useVerdictComment, VerdictComment } from "@/components/gates/verdict-comment";

type Verdict = "go" | "no_go";
const bigButton =
  "flex h-14 items-center justify-center rounded-xl text-lg font-extrabold tracking-wide shadow-sm transition focus:outline-none focus-visible:ring-4 focus-visible:ring-indigo-400/60 disabled:cursor-wait disabled:opacity-60";

/** A required signer's GO / NO-GO with a comment (a NO-GO needs a reason). Final once given. */
export function SignoffPanel({
  signing,
  onSign,
}: {
  signing: string[];
  onSign: (verdict: Verdict, comment: string) => Promise<GateResult>;
}) {
  const { comment, demandReason, field: commentField } = useVerdictComment();
  const [busy, setBusy] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function sign(verdict: Verdict) {
    if (verdict === "no_go" && !demandReason()) return;
    setBusy(verdict);
    setError(null);
    const result = await onSign(verdict, comment.trim());
    setBusy(null);
    if (!result.ok) setError(result.fields.comment?.[0] ?? result.error);
  }

  return (
    <section
      aria-label="Your sign-off"
      data-testid="signoff-panel"
      className="rounded-xl border border-indigo-200 bg-indigo-50/70 p-4 dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <h4 className="font-semibold">Your sign-off is requested</h4>
      <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">
        You sign for: {signing.join("; ")}. A sign-off is final: it cannot be changed afterwards.
      </p>
      <VerdictComment
        field={commentField}
        note="(optional for GO, required for NO-GO)"
        placeholder="e.g. Smoke tests green on v3"
        hintText="Say why: a NO-GO needs a reason."
        testId="signoff-comment"
      />
      <div className="mt-3 grid grid-cols-2 gap-3">
        <button
          type="button"
          data-testid="sign-go"
          disabled={!!busy}
          onClick={() => void sign("go")}
          className={`${bigButton} ${decisionLook.go.button}`}
        >
          {busy === "go" ? "Signing…" : "GO"}
        </button>
        <button
          type="button"
          data-testid="sign-no-go"
          disabled={!!busy}
          onClick={() => void sign("no_go")}
          className={`${bigButton} ${decisionLook.no_go.button}`}
        >
          {busy === "no_go" ? "Signing…" : "NO-GO"}
        </button>
      </div>
      {error && (
        <div className="mt-3">
          <ErrorMessage message={error} />
        </div>
      )}
    </section>
  );
}

/** "You signed GO at 05:31": the signer's own record, without any way to change it. */
export function MySignOff({ signOff, timeZone }: { signOff: GateRoundData["signOffs"][number]; timeZone: string }) {
  return (
    <div
      data-testid="my-signoff"
      data-verdict={signOff.verdict}
      className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm dark:border-slate-800 dark:bg-slate-950/40"
    >
      <p className="flex flex-wrap items-center gap-1.5">
        You signed <span className={outcomePill(signOff.verdict)}>{signOff.verdict === "go" ? "GO" : "NO-GO"}</span> at{" "}
        <time
          dateTime={signOff.createdAt}
          title={fullTime(signOff.createdAt, timeZone)}
          className="font-semibold tabular-nums"
        >
          {clock(signOff.createdAt, timeZone)}
        </time>
      </p>
      {signOff.comment && <p className="mt-1 text-slate-600 dark:text-slate-400">“{signOff.comment}”</p>}
    </div>
  );
}
