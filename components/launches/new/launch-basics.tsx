"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { localInputToIso } from "@/lib/time/zoned";

export type LaunchBasics = { name: string; timezone: string; goLiveLocal: string; isRehearsal: boolean };

export const defaultBasics = (): LaunchBasics => ({
  name: "",
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
  goLiveLocal: "",
  isRehearsal: false,
});

/** The fields every way of creating a launch asks for, turned into the API's shape. */
export const basicsBody = (basics: LaunchBasics) => ({
  name: basics.name.trim() || undefined,
  timezone: basics.timezone,
  goLiveAt: localInputToIso(basics.goLiveLocal, basics.timezone),
  isRehearsal: basics.isRehearsal,
});

const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];

export function LaunchBasicsFields({
  value,
  onChange,
  fieldErrors = {},
}: {
  value: LaunchBasics;
  onChange: (next: LaunchBasics) => void;
  fieldErrors?: Record<string, string[]>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Launch name" error={fieldErrors.name?.join(" ")}>
        <TextInput
          value={value.name}
          onChange={(e) => onChange({ ...value, name: e.target.value })}
          placeholder="Payments v3 cutover"
        />
      </Field>
      <Field label="Time zone of the launch" error={fieldErrors.timezone?.join(" ")}>
        <Select value={value.timezone} onChange={(e) => onChange({ ...value, timezone: e.target.value })}>
          {(zones.includes(value.timezone) ? zones : [value.timezone, ...zones]).map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </Select>
      </Field>
      <Field
        label="Planned go-live (launch time)"
        hint="Optional; due times in a template shift to it."
        error={fieldErrors.goLiveAt?.join(" ")}
      >
        <TextInput
          type="datetime-local"
          value={value.goLiveLocal}
          onChange={(e) => onChange({ ...value, goLiveLocal: e.target.value })}
        />
      </Field>
      <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
        <input
          type="checkbox"
          checked={value.isRehearsal}
          onChange={(e) => onChange({ ...value, isRehearsal: e.target.checked })}
          className="h-4 w-4"
        />
        This is a rehearsal
      </label>
    </div>
  );
}
