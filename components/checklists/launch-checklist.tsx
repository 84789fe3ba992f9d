"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { useLaunchLive } from "@/lib/realtime/use-launch-live";
import { upsertItems } from "@/lib/launches/apply-launch-event";
import { can } from "@/lib/auth/permissions";
import { ProgressBar } from "@/components/ui/progress-bar";
import { LiveBadge } from "@/components/launches/live-badge";
import { ChecklistItemRow } from "@/components/checklists/checklist-item-row";
import { formatDateTime } from "@/lib/format";

export function LaunchChecklist({ initial }: { initial: LaunchSnapshot }) {
  const { snapshot, status, update } = useLaunchLive(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const canTick = can(snapshot.myRole, "item.progress");
  const items = snapshot.sections.flatMap((section) => section.items);
  const done = items.filter((item) => item.status === "done").length;

  async function toggle(item: ChecklistItemData) {
    setNotice(null);
    const response = await fetch(`/api/launches/${snapshot.id}/items/${item.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: item.status === "done" ? "todo" : "done", version: item.version }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) return update((current) => upsertItems(current, [body as ChecklistItemData]));
    if (response.status === 409 && body.current) update((current) => upsertItems(current, [body.current]));
    setNotice(body.error ?? "The change could not be saved; try again.");
  }

  return (
    <main className="mx-auto max-w-5xl px-4 py-8">
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{snapshot.name}</h1>
          {snapshot.system && <p className="text-slate-600 dark:text-slate-400">{snapshot.system}</p>}
          {snapshot.goLiveAt && (
            <p className="mt-1 text-sm">Go-live {formatDateTime(snapshot.goLiveAt, snapshot.timezone)}</p>
          )}
        </div>
        <div className="flex items-center gap-2">
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            {snapshot.myRole}
          </span>
          <LiveBadge status={status} />
        </div>
      </div>
      <div className="mb-6">
        <ProgressBar done={done} total={items.length} label="Launch checklist progress" />
      </div>
      {!canTick && (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800 dark:bg-amber-950 dark:text-amber-200">
          You can follow this launch but not change its checklist ({snapshot.myRole}).
        </p>
      )}
      {notice && (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300">
          {notice}
        </p>
      )}
      <div className="space-y-6">
        {snapshot.sections.map((section) => {
          const sectionDone = section.items.filter((item) => item.status === "done").length;
          return (
            <section
              key={section.id}
              aria-labelledby={`section-${section.id}`}
              className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
            >
              <header className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
                <h2 id={`section-${section.id}`} className="font-semibold">
                  {section.title}
                </h2>
                <span className="text-sm tabular-nums text-slate-500">
                  {sectionDone} / {section.items.length}
                </span>
              </header>
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {section.items.map((item) => (
                  <ChecklistItemRow key={item.id} item={item} disabled={!canTick} onToggle={() => toggle(item)} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </main>
  );
}
