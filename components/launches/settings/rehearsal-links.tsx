"use client";

import { useEffect, useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { sendJson } from "@/lib/http/send-json";
import { Button } from "@/components/ui/button";
import { ErrorMessage } from "@/components/ui/field";
import { SettingsCard } from "@/components/launches/settings/card";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

type Rehearsal = { id: string; name: string };

/** Which rehearsals calibrate this launch's forecast (their actual durations, step by step). */
export function RehearsalLinks({ launch, canEdit }: { launch: LaunchSnapshot; canEdit: boolean }) {
  const { send, error, busy } = useLaunchRequest();
  const [rehearsals, setRehearsals] = useState<Rehearsal[] | null>(null);
  const [chosen, setChosen] = useState<string[]>(launch.rehearsalIds);

  useEffect(() => {
    void sendJson<{ launches: (Rehearsal & { isRehearsal: boolean })[] }>("GET", "/api/launches").then((answer) => {
      if (answer.ok) setRehearsals(answer.body.launches.filter((l) => l.isRehearsal && l.id !== launch.id));
    });
  }, [launch.id]);

  if (launch.isRehearsal) return null;
  return (
    <SettingsCard title="Rehearsals" testId="rehearsal-links">
      <div className="space-y-3 text-sm">
        <p className="text-slate-600 dark:text-slate-400">
          The forecast uses the median of the linked rehearsals&apos; actual durations for each step they ran (matched
          by title, else position), and shows the range.
        </p>
        {rehearsals === null ? (
          <p className="text-slate-500">Loading…</p>
        ) : rehearsals.length === 0 ? (
          <p className="italic text-slate-500">No rehearsals you can see yet.</p>
        ) : (
          <ul className="space-y-1">
            {rehearsals.map((r) => (
              <li key={r.id}>
                <label className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    disabled={!canEdit}
                    checked={chosen.includes(r.id)}
                    onChange={(e) =>
                      setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))
                    }
                  />
                  {r.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        {canEdit && (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => void send("POST", `/api/launches/${launch.id}/rehearsals`, { rehearsalIds: chosen })}
            data-testid="save-rehearsals"
          >
            Calibrate with these rehearsals
          </Button>
        )}
        <ErrorMessage message={error?.error ?? null} />
      </div>
    </SettingsCard>
  );
}
