"use client";

import { useState } from "react";
import type { MetricData } from "@/lib/audit/event-types";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { Panel } from "@/components/checkpoints/panel";
import { CopyButton } from "@/components/checkpoints/copy-button";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

/** The shell command a monitoring system runs to push values (what the token dialog shows). */
export function pushExample(origin: string, launchId: string, token: string, metricKey = "p95_ms") {
  return `curl -X POST "${origin}/api/launches/${launchId}/metrics/push" -H "Authorization: Bearer ${token}" -H "content-type: application/json" -d '{"values":[{"metric":"${metricKey}","value":250}]}'`;
}

/** The launch's metrics push token: created or rotated by the lead, shown once with a ready-made curl. */
export function MetricsTokenPanel({
  launchId,
  hasToken,
  metrics,
  canManage,
  actions,
  fail,
}: {
  launchId: string;
  hasToken: boolean;
  metrics: MetricData[];
  canManage: boolean;
  actions: CheckpointActions;
  fail: (message: string) => void;
}) {
  const [token, setToken] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const rotate = async () => {
    setBusy(true);
    const answer = await actions.rotateToken();
    setBusy(false);
    if (answer.ok) setToken(answer.body.token);
    else fail(answer.body.error);
  };
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const curl = token ? pushExample(origin, launchId, token, metrics[0]?.key) : "";

  return (
    <Panel
      title="Metrics push"
      description="Let a monitoring system fill in the next checkpoint's values."
      testId="metrics-token-panel"
      action={
        canManage && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => (hasToken ? setConfirming(true) : void rotate())}
            data-testid="metrics-token-rotate"
          >
            {hasToken ? "Rotate token" : "Create token"}
          </Button>
        )
      }
    >
      <p className="text-sm" data-testid="metrics-token-state" data-has-token={hasToken}>
        {hasToken
          ? "A token is set. Values it pushes appear in the checkpoint form, marked “pushed”."
          : "No token yet: values are typed in at each checkpoint."}
      </p>
      {metrics.length > 0 && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Keys:{" "}
          {metrics.map((metric) => (
            <code key={metric.id} className="mr-1.5 rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
              {metric.key}
            </code>
          ))}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Rotate the metrics token?"
        confirmLabel="Rotate"
        onClose={() => setConfirming(false)}
        onConfirm={() => void rotate()}
      >
        The current token stops working at once; update your monitoring system with the new one.
      </ConfirmDialog>
      <Dialog
        open={token !== null}
        onClose={() => setToken(null)}
        title="Metrics token"
        description="Shown this once. Copy it now; only its hash is stored."
        testId="metrics-token-dialog"
      >
        <div className="space-y-4">
          <div>
            <p className="text-sm font-medium">Token</p>
            <div className="mt-1 flex gap-2">
              <code
                className="min-w-0 flex-1 break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm dark:bg-slate-800"
                data-testid="metrics-token-value"
              >
                {token}
              </code>
              <CopyButton text={token ?? ""} testId="metrics-token-copy" />
            </div>
          </div>
          <div>
            <p className="text-sm font-medium">Push a value</p>
            <pre
              className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100"
              data-testid="metrics-token-curl"
            >
              {curl}
            </pre>
            <div className="mt-2 flex justify-end">
              <CopyButton text={curl} label="Copy curl" testId="metrics-curl-copy" />
            </div>
          </div>
        </div>
      </Dialog>
    </Panel>
  );
}
