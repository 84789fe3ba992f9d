"use client";

import { useState } from "react";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorMessage, Field, TextInput } from "@/components/ui/field";
import { formatDayTime, fromZonedInputValue, toZonedInputValue } from "@/lib/time/zoned";
import { Panel } from "@/components/checkpoints/panel";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

type Schedule = Pick<
  LaunchSnapshot,
  "checkpointEveryMinutes" | "checkpointsFrom" | "checkpointsUntil" | "timezone" | "goLiveAt" | "windowEnd" | "version"
>;

/** The checkpoint schedule in words, and (for the lead) the dialog that sets it in the launch's zone. */
export function SchedulePanel({
  schedule,
  canManage,
  actions,
}: {
  schedule: Schedule;
  canManage: boolean;
  actions: CheckpointActions;
}) {
  const [editing, setEditing] = useState(false);
  const set = schedule.checkpointEveryMinutes && schedule.checkpointsFrom && schedule.checkpointsUntil;
  return (
    <Panel
      title="Checkpoint schedule"
      testId="schedule-panel"
      action={
        canManage && (
          <Button variant="secondary" onClick={() => setEditing(true)} data-testid="schedule-edit">
            {set ? "Change" : "Set schedule"}
          </Button>
        )
      }
    >
      <p className="text-sm">
        {set ? (
          <>
            Every <strong>{schedule.checkpointEveryMinutes} min</strong> from{" "}
            {formatDayTime(schedule.checkpointsFrom!, schedule.timezone)} to{" "}
            {formatDayTime(schedule.checkpointsUntil!, schedule.timezone)}{" "}
            <span className="text-slate-500 dark:text-slate-400">({schedule.timezone})</span>
          </>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">
            No schedule: checkpoints are numbered as they are reported.
          </span>
        )}
      </p>
      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title="Checkpoint schedule"
        description={`Times in the launch's zone, ${schedule.timezone}.`}
        testId="schedule-editor"
      >
        <ScheduleForm schedule={schedule} actions={actions} onClose={() => setEditing(false)} />
      </Dialog>
    </Panel>
  );
}

function ScheduleForm({
  schedule,
  actions,
  onClose,
}: {
  schedule: Schedule;
  actions: CheckpointActions;
  onClose: () => void;
}) {
  const tz = schedule.timezone;
  const defaultFrom =
    schedule.checkpointsFrom ??
    (schedule.goLiveAt ? new Date(Date.parse(schedule.goLiveAt) + 30 * 60_000).toISOString() : null);
  const defaultUntil =
    schedule.checkpointsUntil ??
    schedule.windowEnd ??
    (defaultFrom ? new Date(Date.parse(defaultFrom) + 4 * 3_600_000).toISOString() : null);
  const [every, setEvery] = useState(String(schedule.checkpointEveryMinutes ?? 30));
  // The launch's version when the dialog opened: a schedule changed meanwhile is answered 409.
  const [version] = useState(schedule.version);
  const [from, setFrom] = useState(toZonedInputValue(defaultFrom, tz));
  const [until, setUntil] = useState(toZonedInputValue(defaultUntil, tz));
  const [error, setError] = useState<string | null>(null);

  const save = async (input: Parameters<CheckpointActions["saveSchedule"]>[0]) => {
    const answer = await actions.saveSchedule(input);
    if (answer.ok) onClose();
    else setError(answer.body.error);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fromIso = fromZonedInputValue(from, tz);
    const untilIso = fromZonedInputValue(until, tz);
    if (!fromIso || !untilIso) return setError("Give the first and the last checkpoint's time.");
    if (Date.parse(untilIso) < Date.parse(fromIso)) return setError("The last checkpoint must come after the first.");
    void save({ checkpointEveryMinutes: Number(every), checkpointsFrom: fromIso, checkpointsUntil: untilIso, version });
  };

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="schedule-form">
      <Field label="Every (minutes)">
        <TextInput
          type="number"
          min={5}
          max={1440}
          step={5}
          value={every}
          onChange={(event) => setEvery(event.target.value)}
          required
          data-testid="schedule-every"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="First checkpoint">
          <TextInput
            type="datetime-local"
            value={from}
            onChange={(event) => setFrom(event.target.value)}
            required
            data-testid="schedule-from"
          />
        </Field>
        <Field label="Last checkpoint">
          <TextInput
            type="datetime-local"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
            required
            data-testid="schedule-until"
          />
        </Field>
      </div>
      <ErrorMessage message={error} />
      <div className="flex flex-wrap justify-between gap-2">
        <Button
          type="button"
          variant="ghost"
          onClick={() =>
            void save({ checkpointEveryMinutes: null, checkpointsFrom: null, checkpointsUntil: null, version })
          }
          data-testid="schedule-clear"
        >
          Clear schedule
        </Button>
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" data-testid="schedule-save">
            Save schedule
          </Button>
        </div>
      </div>
    </form>
  );
}
