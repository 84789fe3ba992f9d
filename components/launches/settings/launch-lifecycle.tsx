"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { launchStatusLabels, launchTransitions } from "@/lib/launches/launch-lifecycle";
import { LaunchStatusBadge } from "@/components/launches/launch-status-badge";
import { Button } from "@/components/ui/button";
import { ErrorMessage, TextInput } from "@/components/ui/field";
import { formatDayTime } from "@/lib/time/zoned";
import { SettingsCard } from "@/components/launches/settings/card";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

export function LaunchLifecycle({
  launch,
  history,
  canEdit,
}: {
  launch: LaunchSnapshot;
  history: LaunchEvent[];
  canEdit: boolean;
}) {
  const { send, error, busy } = useLaunchRequest();
  const [note, setNote] = useState("");
  const next = launchTransitions[launch.status];
  return (
    <SettingsCard
      title="Status"
      description="planning → ready → in progress → monitoring → completed, or rolled back / aborted."
      testId="launch-lifecycle"
    >
      <p className="mb-3 flex items-center gap-2 text-sm">
        Now: <LaunchStatusBadge status={launch.status} />
      </p>
      {canEdit && next.length > 0 && !launch.archivedAt && (
        <div className="mb-4 flex flex-wrap items-end gap-2">
          <label className="min-w-60 flex-1 text-sm font-medium">
            Note (optional)
            <TextInput value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why, for the record" />
          </label>
          {next.map((status) => (
            <Button
              key={status}
              variant={status === "aborted" || status === "rolled_back" ? "secondary" : "primary"}
              disabled={busy}
              onClick={async () => {
                if (await send("POST", `/api/launches/${launch.id}/status`, { status, note })) setNote("");
              }}
            >
              Mark {launchStatusLabels[status].toLowerCase()}
            </Button>
          ))}
        </div>
      )}
      <ErrorMessage message={error?.error ?? null} />
      {history.length > 0 && (
        <ol className="mt-3 space-y-1 text-sm" data-testid="status-history">
          {history.map((event) => {
            const data = event.data as {
              from: keyof typeof launchStatusLabels;
              to: keyof typeof launchStatusLabels;
              note: string;
            };
            return (
              <li key={event.seq}>
                <span className="text-slate-600 dark:text-slate-400">
                  {formatDayTime(event.at, launch.timezone, true)}
                </span>{" "}
                · {event.actor?.name ?? "Someone"}: {launchStatusLabels[data.from]} →{" "}
                <strong>{launchStatusLabels[data.to]}</strong>
                {data.note && <span className="text-slate-600 dark:text-slate-400"> — {data.note}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </SettingsCard>
  );
}
