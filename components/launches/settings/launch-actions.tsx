"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { localInputToIso } from "@/lib/time/zoned";
import { Button } from "@/components/ui/button";
import { ErrorMessage, TextInput } from "@/components/ui/field";
import { SettingsCard } from "@/components/launches/settings/card";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

const exportLink = "font-medium text-indigo-600 hover:underline dark:text-indigo-400";

export function LaunchActions({ launch, canEdit }: { launch: LaunchSnapshot; canEdit: boolean }) {
  const router = useRouter();
  const { send, error, busy } = useLaunchRequest();
  const [cloneName, setCloneName] = useState(
    launch.isRehearsal ? launch.name.replace(/\s*\(?rehearsal\)?\s*$/i, "") : `${launch.name} (copy)`,
  );
  const [cloneGoLive, setCloneGoLive] = useState("");
  const [templateName, setTemplateName] = useState(launch.name);
  const [notice, setNotice] = useState<string | null>(null);

  async function clone() {
    const created = await send<{ id: string }>("POST", `/api/launches/${launch.id}/clone`, {
      name: cloneName,
      goLiveAt: cloneGoLive ? localInputToIso(cloneGoLive, launch.timezone) : undefined,
      isRehearsal: false,
    });
    if (created) router.push(`/launches/${created.id}`);
  }

  return (
    <SettingsCard title="Plan and records" testId="launch-actions">
      <div className="space-y-5 text-sm">
        <p>
          <a
            className={exportLink}
            href={`/api/launches/${launch.id}/export.md`}
            title="Full fidelity: a Markdown runbook that imports back as this launch (checklist, timeline, metrics, triggers, messages, window, go-live, zone)"
            download
          >
            Export Markdown
          </a>{" "}
          <span className="text-slate-500">· </span>
          <a
            className={exportLink}
            href={`/api/launches/${launch.id}/export.json`}
            title="Full fidelity: the launch as JSON that imports back as this launch"
            download
          >
            Export JSON
          </a>{" "}
          <span className="text-slate-500">
            — the whole launch, to keep in version control or import as a new launch.
          </span>
        </p>
        <p>
          <a
            className={exportLink}
            href={`/api/launches/${launch.id}/export.csv`}
            title="Checklist only: a CSV keeps sections, items, owners and progress, but not the timeline steps, metrics, go-live or time zone"
            download
          >
            Export the plan as CSV
          </a>{" "}
          <span className="text-slate-500">
            — checklist only: edit it in a spreadsheet and import it as a new launch (steps, metrics, go-live and zone
            stay behind).
          </span>
        </p>
        {canEdit && (
          <>
            <div className="flex flex-wrap items-end gap-2">
              <label className="min-w-52 flex-1 font-medium">
                {launch.isRehearsal ? "Clone this rehearsal into the real launch" : "Clone this launch"}
                <TextInput value={cloneName} onChange={(e) => setCloneName(e.target.value)} />
              </label>
              <label className="font-medium">
                New go-live ({launch.timezone})
                <TextInput type="datetime-local" value={cloneGoLive} onChange={(e) => setCloneGoLive(e.target.value)} />
              </label>
              <Button onClick={clone} disabled={busy || !cloneName.trim()}>
                Clone
              </Button>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              <label className="min-w-52 flex-1 font-medium">
                Save the plan as a template
                <TextInput value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
              </label>
              <Button
                variant="secondary"
                disabled={busy || !templateName.trim()}
                onClick={async () => {
                  if (await send("POST", `/api/launches/${launch.id}/template`, { name: templateName }))
                    setNotice(`Saved the template "${templateName}".`);
                }}
              >
                Save template
              </Button>
            </div>
            <div>
              <Button
                variant="secondary"
                disabled={busy}
                onClick={() => send("PATCH", `/api/launches/${launch.id}`, { archived: !launch.archivedAt })}
              >
                {launch.archivedAt ? "Unarchive" : "Archive this launch"}
              </Button>
              <span className="ml-2 text-slate-500">
                {launch.archivedAt
                  ? "Archived: read-only for everyone."
                  : "Archived launches are read-only and listed apart."}
              </span>
            </div>
          </>
        )}
        {notice && <p className="text-emerald-600">{notice}</p>}
        <ErrorMessage message={error?.error ?? null} />
      </div>
    </SettingsCard>
  );
}
