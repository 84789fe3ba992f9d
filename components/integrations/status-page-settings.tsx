"use client";

import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

type Settings = {
  enabled: boolean;
  headline: string;
  showPhase: boolean;
  showForecast: boolean;
  showIncidents: boolean;
  showMessages: boolean;
  url: string;
  version: number;
};
const toggles = [
  ["showPhase", "Current phase"],
  ["showForecast", "Forecast go-live"],
  ["showIncidents", "Incident titles and severity (never notes or owners)"],
  ["showMessages", 'Sent messages whose channel is "Status page"'],
] as const;

/** The lead's controls for the public status page: on/off, what it shows, its link and a new link. */
export function StatusPageSettings({ launchId, settings }: { launchId: string; settings: Settings | null }) {
  const { send, error, busy } = useLaunchRequest();
  const url = `/api/launches/${launchId}/status-page`;
  if (!settings || !settings.enabled) {
    return (
      <div className="space-y-2">
        <p className="text-sm">
          The public status page is off. Turned on, anyone with its link can follow the launch without an account.
        </p>
        <Button disabled={busy} onClick={() => send("PUT", url, { enabled: true })}>
          Turn on the status page
        </Button>
        <ErrorMessage message={error?.error ?? null} />
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="status-page-settings">
      <p className="text-sm">
        Public link:{" "}
        <a
          className="break-all font-mono text-indigo-700 underline dark:text-indigo-300"
          href={settings.url}
          data-testid="status-page-link"
        >
          {settings.url}
        </a>
      </p>
      <Field label="Headline">
        <TextInput
          defaultValue={settings.headline}
          maxLength={280}
          onBlur={(e) =>
            e.target.value !== settings.headline &&
            send("PUT", url, { headline: e.target.value, version: settings.version })
          }
        />
      </Field>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Shown publicly</legend>
        {toggles.map(([key, label]) => (
          <label key={key} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={settings[key]}
              disabled={busy}
              onChange={(e) => send("PUT", url, { [key]: e.target.checked, version: settings.version })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() =>
            confirm("Replace the link? The current one stops working at once.") && send("POST", `${url}/token`)
          }
        >
          New link
        </Button>
        <Button variant="ghost" disabled={busy} onClick={() => send("PUT", url, { enabled: false })}>
          Turn off
        </Button>
      </div>
      <ErrorMessage message={error?.error ?? null} />
    </div>
  );
}
