"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorMessage, Field, Select, TextInput } from "@/components/ui/field";
import { useLaunchRequest } from "@/components/launches/settings/use-launch-request";

type Probe = {
  id: string;
  itemId: string | null;
  stepId?: string | null;
  jsonPath?: string;
  jsonExpect?: string;
  method: string;
  url: string;
  expectStatus: number;
  intervalSeconds: number;
  lastRunAt: string | null;
  lastOk: boolean | null;
  lastError: string;
};

/**
 * The probe allow-list and the probes: each ticks its item, or passes / fails its validation step, from
 * its check (while the launch runs).
 */
export function ProbeSettings({
  launchId,
  hosts,
  probes,
  items,
  steps,
}: {
  launchId: string;
  hosts: string[];
  probes: Probe[];
  items: { id: string; title: string }[];
  steps: { id: string; title: string }[];
}) {
  const { send, error, busy } = useLaunchRequest();
  const [hostText, setHostText] = useState(hosts.join(", "));
  // "item:<id>" or "step:<id>": one list of what a probe can verify.
  const [target, setTarget] = useState(items[0] ? `item:${items[0].id}` : steps[0] ? `step:${steps[0].id}` : "");
  const [jsonPath, setJsonPath] = useState("");
  const [jsonExpect, setJsonExpect] = useState("");
  const [url, setUrl] = useState("");
  const [expectStatus, setExpectStatus] = useState("200");
  const [bodyContains, setBodyContains] = useState("");
  const title = (probe: Probe) =>
    probe.stepId
      ? `Validation: ${steps.find((step) => step.id === probe.stepId)?.title ?? "(deleted step)"}`
      : (items.find((item) => item.id === probe.itemId)?.title ?? "(deleted item)");
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
              <span className="font-medium">{title(probe)}</span>: {probe.method} {probe.url} → {probe.expectStatus}
              {probe.jsonPath ? `, ${probe.jsonPath}${probe.jsonExpect ? ` == ${probe.jsonExpect}` : ""}` : ""}, every{" "}
              {probe.intervalSeconds} s ·{" "}
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
              ...(target.startsWith("step:") ? { stepId: target.slice(5) } : { itemId: target.slice(5) }),
              url,
              expectStatus: Number(expectStatus),
              bodyContains,
              jsonPath,
              jsonExpect,
            })
          )
            setUrl("");
        }}
      >
        <Field label="Verifies">
          <Select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="probe-target">
            <optgroup label="Checklist items">
              {items.map((item) => (
                <option key={item.id} value={`item:${item.id}`}>
                  {item.title}
                </option>
              ))}
            </optgroup>
            {steps.length > 0 && (
              <optgroup label="Validation steps">
                {steps.map((step) => (
                  <option key={step.id} value={`step:${step.id}`}>
                    {step.title}
                  </option>
                ))}
              </optgroup>
            )}
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
        <Field label="JSON path (optional)" hint="e.g. $.status">
          <TextInput value={jsonPath} onChange={(e) => setJsonPath(e.target.value)} placeholder="$.status" />
        </Field>
        <Field label="Expected value at the path" hint='JSON or text, e.g. "ok", 200, true'>
          <TextInput value={jsonExpect} onChange={(e) => setJsonExpect(e.target.value)} placeholder='"ok"' />
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy || !target}>
            Add probe
          </Button>
        </div>
      </form>
      <ErrorMessage message={error?.error ?? null} />
    </div>
  );
}
