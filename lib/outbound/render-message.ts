import { describeEvent } from "@/components/activity/describe-event";
import type { LaunchEvent } from "@/lib/realtime/envelope";

// One event as the words and colour every human channel (Slack, Teams, email) shows.
export type LaunchFacts = { id: string; name: string; status: string; isRehearsal: boolean };
export type Message = {
  title: string;
  text: string;
  colour: "good" | "warning" | "danger" | "info";
  facts: [string, string][];
  link: string;
};

const DANGER = [
  "step.failed",
  "gate.decided:no_go",
  "launch.status_changed:rolled_back",
  "launch.status_changed:aborted",
  "incident.opened:critical",
];
const GOOD = ["step.completed", "gate.decided:go", "launch.status_changed:completed"];

function colourOf(event: LaunchEvent): Message["colour"] {
  const data = event.data as { decision?: string; to?: string; incident?: { severity?: string } };
  const key = `${event.type}:${data.decision ?? data.to ?? data.incident?.severity ?? ""}`;
  if (DANGER.some((entry) => key === entry || key.startsWith(`${entry}:`) || event.type === entry)) return "danger";
  if (GOOD.some((entry) => key === entry || event.type === entry)) return "good";
  if (event.type.startsWith("incident.") || event.type === "gate.decided") return "warning";
  return "info";
}

export function appUrl(): string {
  return (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

export function renderMessage(event: LaunchEvent, launch: LaunchFacts, { test = false } = {}): Message {
  const who = event.actor?.name ?? "Launch Control";
  const what = describeEvent(event, { sectionTitle: () => undefined, itemTitle: () => undefined });
  const prefix = test ? "[TEST] " : launch.isRehearsal ? "[REHEARSAL] " : "";
  // A planned message is sent as written (rendered), not described.
  const planned = event.type === "communication.sent" ? event.data.communication.sentText : "";
  return {
    title: `${prefix}${launch.name}: ${planned ? planned.split("\n")[0]!.slice(0, 150) : `${who} ${what}`}`,
    text: planned || `${who} ${what}.`,
    colour: colourOf(event),
    facts: [
      ["Launch", launch.name],
      ["Status", launch.status.replace("_", " ")],
      ["Event", `${event.type} (#${event.seq})`],
      ["At", event.at],
    ],
    link: `${appUrl()}/launches/${launch.id}`,
  };
}
