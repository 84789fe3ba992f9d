"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

type Probe = {
  id: string;
  itemId: string;
  method: string;
  url: string;
  expectStatus: number;
  intervalSeconds: number;
  lastRunAt: string | null;
  lastOk: boolean | null;
  lastError: string;
};

/** The probe allow-list and the probes: each ticks its item when its check passes (while the launch runs). */
export function ProbeSettings({
  launchId,
  hosts,
  probes,
  items,
}: {
  launchId: string;
  hosts: string[];
  probes: Probe[];
  items: { id: string; title: string }[];
}) {
  const { send, error, busy } = useLaunchRequest();
  const [hostText, setHostText] = useState(hosts.join(", "));
  const [itemId, setItemId] = useState(items[0]?.id ?? "");
  const [url, setUrl] = useState("");
  const [expectStatus, setExpectStatus] = useState("200");
  const [bodyContains, setBodyContains] = useState("");
  const title = (id: string) => items.find((item) => item.id === id)?.title ?? "(deleted item)";
  return (
    <div className="space-y-4" data-testid="probe-settings">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void send("PUT", `/api/launches/${launchId}/probe-hosts`, {
            hosts: hostText
              .split(",")
              .map((h) => h.trim())
              .filter(Boolean),
          });
        }}
      >
        <div className="min-w-64 flex-1">
          <Field
            label="Hosts probes may call"
            hint="Comma-separated, e.g. lb.prod.example.com, api.example.com:8443. Nothing else is ever probed."
          >
            <TextInput value={hostText} onChange={(e) => setHostText(e.target.value)} />
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={busy}>
          Save hosts
        </Button>
      </form>
      {probes.length > 0 && (
        <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
          {probes.map((probe) => (
            <li key={probe.id} className="py-2" data-testid="probe">
              <span className="font-medium">{title(probe.itemId)}</span>: {probe.method} {probe.url} →{" "}
              {probe.expectStatus}, every {probe.intervalSeconds} s ·{" "}
              {probe.lastRunAt === null
                ? "not run yet (runs while the launch is in progress or monitoring)"
                : probe.lastOk
                  ? "passing"
                  : `failing: ${probe.lastError}`}
            </li>
          ))}
        </ul>
      )}
      <form
        className="grid gap-3 sm:grid-cols-2"
        onSubmit={async (e) => {
          e.preventDefault();
          if (
            await send("POST", `/api/launches/${launchId}/probes`, {
              itemId,
              url,
              expectStatus: Number(expectStatus),
              bodyContains,
            })
          )
            setUrl("");
        }}
      >
        <Field label="Checklist item">
          <Select value={itemId} onChange={(e) => setItemId(e.target.value)}>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="URL to check">
          <TextInput
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="http://lb.prod.example.com/health"
          />
        </Field>
        <Field label="Expected status">
          <TextInput inputMode="numeric" value={expectStatus} onChange={(e) => setExpectStatus(e.target.value)} />
        </Field>
        <Field label="Body contains (optional)">
          <TextInput
            value={bodyContains}
            onChange={(e) => setBodyContains(e.target.value)}
            placeholder='"status":"UP"'
          />
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy || !itemId}>
            Add probe
          </Button>
        </div>
      </form>
      <ErrorMessage message={error?.error ?? null} />
    </div>
  );
}
