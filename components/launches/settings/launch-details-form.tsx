"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { isoToLocalInput, localInputToIso } from "@/lib/time/zoned";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextArea, TextInput } from "@/components/ui/field";
import { SettingsCard } from "@/components/launches/settings/card";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

export function LaunchDetailsForm({ launch, canEdit }: { launch: LaunchSnapshot; canEdit: boolean }) {
  const { send, error, busy } = useLaunchRequest();
  const [form, setForm] = useState(() => ({
    name: launch.name,
    system: launch.system,
    description: launch.description,
    timezone: launch.timezone,
    goLive: isoToLocalInput(launch.goLiveAt, launch.timezone),
    windowStart: isoToLocalInput(launch.windowStart, launch.timezone),
    windowEnd: isoToLocalInput(launch.windowEnd, launch.timezone),
    isRehearsal: launch.isRehearsal,
    membersUpdateAnyItem: launch.membersUpdateAnyItem,
    autoStartSteps: launch.autoStartSteps,
  }));
  // The version the form was filled from: an edit someone made meanwhile is answered 409, not overwritten.
  const [version, setVersion] = useState(launch.version);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    setSaved(false);
  };
  const fieldError = (name: string) => error?.fields?.[name]?.join(" ");
  const disabled = !canEdit || Boolean(launch.archivedAt);

  async function save() {
    const result = await send<{ version: number }>("PATCH", `/api/launches/${launch.id}`, {
      version,
      name: form.name,
      system: form.system,
      description: form.description,
      timezone: form.timezone,
      goLiveAt: localInputToIso(form.goLive, form.timezone),
      windowStart: localInputToIso(form.windowStart, form.timezone),
      windowEnd: localInputToIso(form.windowEnd, form.timezone),
      isRehearsal: form.isRehearsal,
      membersUpdateAnyItem: form.membersUpdateAnyItem,
      autoStartSteps: form.autoStartSteps,
    });
    if (result) {
      setVersion(result.version);
      setSaved(true);
    }
  }

  return (
    <SettingsCard
      title="Details"
      description={`Times are in the launch's time zone (${launch.timezone}).`}
      testId="launch-details"
    >
      <fieldset disabled={disabled} className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={fieldError("name")}>
          <TextInput value={form.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="System being launched" error={fieldError("system")}>
          <TextInput value={form.system} onChange={(e) => set({ system: e.target.value })} />
        </Field>
        <Field label="Time zone (IANA)" error={fieldError("timezone")}>
          <TextInput value={form.timezone} onChange={(e) => set({ timezone: e.target.value })} />
        </Field>
        <Field label="Planned go-live" error={fieldError("goLiveAt")}>
          <TextInput type="datetime-local" value={form.goLive} onChange={(e) => set({ goLive: e.target.value })} />
        </Field>
        <Field label="Change window starts" error={fieldError("windowStart")}>
          <TextInput
            type="datetime-local"
            value={form.windowStart}
            onChange={(e) => set({ windowStart: e.target.value })}
          />
        </Field>
        <Field label="Change window ends" error={fieldError("windowEnd")}>
          <TextInput
            type="datetime-local"
            value={form.windowEnd}
            onChange={(e) => set({ windowEnd: e.target.value })}
          />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Description">
            <TextArea rows={3} value={form.description} onChange={(e) => set({ description: e.target.value })} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={form.isRehearsal} onChange={(e) => set({ isRehearsal: e.target.checked })} />{" "}
          Rehearsal
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.membersUpdateAnyItem}
            onChange={(e) => set({ membersUpdateAnyItem: e.target.checked })}
          />{" "}
          Members may update any item (not only their own)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.autoStartSteps}
            onChange={(e) => set({ autoStartSteps: e.target.checked })}
            data-testid="launch-auto-start"
          />{" "}
          New and imported steps start by themselves when their predecessors complete
        </label>
      </fieldset>
      <div className="mt-4 flex items-center gap-3">
        {canEdit && (
          <Button onClick={save} disabled={busy || disabled}>
            Save details
          </Button>
        )}
        {saved && <span className="text-sm text-emerald-600">Saved.</span>}
      </div>
      <div className="mt-3">
        <ErrorMessage message={error?.error ?? null} />
      </div>
    </SettingsCard>
  );
}
