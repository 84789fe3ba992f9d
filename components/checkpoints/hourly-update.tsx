"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { hourlyUpdate } from "@/lib/report/status-update";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Panel } from "@/components/checkpoints/panel";
import { CopyButton } from "@/components/checkpoints/copy-button";

/**
 * The hourly stakeholder update, written from the latest checkpoint and the open incidents. It follows
 * the live data until someone edits it; "Refresh" writes it again from the data.
 */
export function HourlyUpdate({
  snapshot,
  now,
  nextCheckpointAt,
}: {
  snapshot: LaunchSnapshot;
  now: number;
  nextCheckpointAt: string | null;
}) {
  const generated = hourlyUpdate({ ...snapshot, now: new Date(now), nextCheckpointAt });
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? generated;
  return (
    <Panel
      title="Hourly update"
      description="Pre-filled from the latest checkpoint; edit, then copy into email or chat."
      testId="hourly-update-panel"
      action={
        <div className="flex gap-2">
          {draft !== null && (
            <Button variant="ghost" onClick={() => setDraft(null)} data-testid="hourly-update-refresh">
              Refresh
            </Button>
          )}
          <CopyButton text={text} testId="hourly-update-copy" variant="primary" />
        </div>
      }
    >
      <textarea
        aria-label="Hourly update text"
        data-testid="hourly-update"
        rows={Math.min(18, text.split("\n").length + 1)}
        value={text}
        onChange={(event) => setDraft(event.target.value)}
        className={`${inputClass} mt-0 font-mono text-[13px] leading-5`}
      />
    </Panel>
  );
}
