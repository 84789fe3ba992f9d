"use client";

import { useState } from "react";
import type { CommunicationData } from "@/lib/audit/event-types";
import type { LaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { fillPlaceholders } from "@/lib/report/status-update";
import { formatTime, relativeDue } from "@/lib/time/zoned";
import { describeTiming } from "@/lib/comms/message-time";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { PlusIcon } from "@/components/ui/icons";
import { Panel } from "@/components/checkpoints/panel";
import { MessageForm } from "@/components/checkpoints/message-form";
import { CopyButton } from "@/components/checkpoints/copy-button";
import { pill } from "@/components/checkpoints/look";
import type { CheckpointActions } from "@/components/checkpoints/use-checkpoint-actions";

/** A message is due from its time; 15 minutes later it is overdue. */
const OVERDUE_MS = 15 * 60_000;
type MessageState = "sent" | "overdue" | "due" | "upcoming";
export function messageState(message: CommunicationData, now: number): MessageState {
  if (message.sentAt) return "sent";
  // Waiting for its anchor (a step, a checkpoint, go-live) to happen: not due yet.
  if (!message.dueAt) return "upcoming";
  const due = Date.parse(message.dueAt);
  return now >= due + OVERDUE_MS ? "overdue" : now >= due ? "due" : "upcoming";
}
const stateLook: Record<MessageState, { label: string; row: string; pill: string }> = {
  sent: {
    label: "Sent",
    row: "border-slate-200 dark:border-slate-800",
    pill: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  },
  overdue: {
    label: "Overdue",
    row: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40",
    pill: "bg-red-600 text-white",
  },
  due: {
    label: "Due now",
    row: "border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40",
    pill: "bg-amber-400 text-amber-950",
  },
  upcoming: {
    label: "Planned",
    row: "border-slate-200 dark:border-slate-800",
    pill: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300",
  },
};

type Props = {
  snapshot: LaunchSnapshot;
  now: number;
  canManage: boolean;
  canSend: boolean;
  actions: CheckpointActions;
  fail: (message: string) => void;
};

/** The communications plan: each message's time, audience, channel and filled-in text, due ones lit up. */
export function CommsPanel({ snapshot, now, canManage, canSend, actions, fail }: Props) {
  const [editing, setEditing] = useState<CommunicationData | "new" | null>(null);
  const tz = snapshot.timezone;
  // "T−48 h", "when “Deploy” completes + 15 min", "every 1 h from at go-live for 6 h (2 of 7 sent)".
  const when = (message: CommunicationData) => {
    const timing = message.timing;
    if (!timing) return null;
    const title = snapshot.steps.find((step) => step.id === timing.anchorStepId)?.title;
    const words = describeTiming({ ...timing, fixedAt: null }, title);
    const count = timing.occurrences > 1 ? ` (${timing.occurrencesSent} of ${timing.occurrences} sent)` : "";
    return words ? `${words}${count}` : count.trim() || null;
  };
  const dueCount = snapshot.communications.filter((m) => ["due", "overdue"].includes(messageState(m, now))).length;
  const send = async (message: CommunicationData) => {
    const answer = await actions.markSent(message.id);
    if (!answer.ok) fail(answer.body.error);
  };

  return (
    <Panel
      title={
        <span className="flex items-center gap-2">
          Communications plan
          {dueCount > 0 && <span className={`${pill} bg-amber-400 text-amber-950`}>{dueCount} due</span>}
        </span>
      }
      testId="comms-panel"
      action={
        canManage && (
          <Button variant="secondary" onClick={() => setEditing("new")} data-testid="message-add">
            <PlusIcon /> Plan message
          </Button>
        )
      }
    >
      {snapshot.communications.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          No messages planned.{" "}
          {canManage ? "Plan the stakeholder updates of the day: when, to whom, on which channel." : ""}
        </p>
      ) : (
        <ul className="space-y-2">
          {snapshot.communications.map((message) => {
            const state = messageState(message, now);
            // Sent by Launch Control: show exactly what went out.
            const text = message.sentText || fillPlaceholders(message.text, snapshot, message.sentAt);
            return (
              <li
                key={message.id}
                data-testid="comms-row"
                data-state={state}
                className={`rounded-lg border p-3 ${stateLook[state].row}`}
              >
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  <span className="font-semibold tabular-nums">
                    {message.dueAt ? formatTime(message.dueAt, tz) : "Not placed yet"}
                  </span>
                  {when(message) && (
                    <span className="text-xs text-slate-600 dark:text-slate-300" data-testid="comms-when">
                      {when(message)}
                    </span>
                  )}
                  <span className={`${pill} ${stateLook[state].pill}`}>{stateLook[state].label}</span>
                  <span className="text-slate-600 dark:text-slate-300">
                    {message.audience} · {message.channel}
                  </span>
                  {state !== "sent" && message.dueAt && (
                    <span
                      className={`text-xs ${state === "upcoming" ? "text-slate-500" : "font-medium text-red-700 dark:text-red-300"}`}
                    >
                      {relativeDue(message.dueAt, now).label}
                    </span>
                  )}
                </div>
                <p className="mt-1.5 whitespace-pre-line text-sm" data-testid="comms-text">
                  {text}
                </p>
                <div className="mt-2 flex flex-wrap items-center justify-end gap-2">
                  {message.sentAt ? (
                    <span className="mr-auto text-xs text-slate-500 dark:text-slate-400" data-testid="comms-sent">
                      Sent {formatTime(message.sentAt, tz)}
                      {message.sentBy
                        ? ` by ${message.sentBy.name}`
                        : message.sentText
                          ? " automatically by Launch Control"
                          : ""}
                    </span>
                  ) : (
                    canManage && (
                      <Button
                        variant="ghost"
                        className="mr-auto px-2 py-1"
                        onClick={() => setEditing(message)}
                        data-testid="message-edit"
                      >
                        Edit
                      </Button>
                    )
                  )}
                  <CopyButton text={text} testId="comms-copy" variant="ghost" />
                  {!message.sentAt && canSend && (
                    <Button onClick={() => void send(message)} className="px-3 py-1.5" data-testid="mark-sent">
                      Mark sent
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? "Plan a message" : "Edit message"}
        testId="message-dialog"
      >
        {editing !== null && (
          <MessageForm
            launchId={snapshot.id}
            message={editing === "new" ? null : editing}
            timeZone={tz}
            steps={snapshot.steps.map((step) => ({ id: step.id, title: step.title }))}
            defaultDueAt={new Date(Math.ceil(now / 1_800_000) * 1_800_000).toISOString()}
            actions={actions}
            onClose={() => setEditing(null)}
          />
        )}
      </Dialog>
    </Panel>
  );
}
