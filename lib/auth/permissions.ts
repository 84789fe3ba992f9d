import type { Role } from "@/lib/generated/prisma/enums";

// The one table of who may do what on a launch. Every door (route handlers, socket handlers, pages)
// asks `can`; the UI only hides what the server would refuse anyway.
export const permissions = {
  "launch.view": ["lead", "sponsor", "member", "viewer"],
  "launch.edit": ["lead"],
  "team.manage": ["lead"],
  "plan.edit": ["lead"],
  /** Status, reason and evidence. Members: only items they own, unless the lead lets them do any. */
  "item.progress": ["lead", "member"],
  "template.save": ["lead"],
  "timeline.edit": ["lead"],
  /** Start, complete, skip, fail a step. Members: only steps they own. */
  "step.run": ["lead", "member"],
  "gate.manage": ["lead"],
  /** Only people a gate's criteria name (by role or function) may sign it. */
  "gate.signoff": ["lead", "sponsor", "member"],
  "gate.decide": ["sponsor"],
  "ack.request": ["lead"],
  /** Confirming one has read a message is open to everyone on the team, viewers included. */
  "ack.acknowledge": ["lead", "sponsor", "member", "viewer"],
  /** Success criteria, rollback triggers, the checkpoint schedule and the metrics token. */
  "criteria.manage": ["lead"],
  "checkpoint.submit": ["lead", "member"],
  "incident.log": ["lead", "member"],
  "comms.manage": ["lead"],
  "comms.send": ["lead", "member"],
  /** Outbound channels (webhooks, Slack, Teams, email), their delivery log, tests and redeliveries. */
  "integrations.manage": ["lead"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}

/** Ownership by function: a step or item owned by "DevOps + Backend Lead" (a label, no member) belongs to whoever does DevOps. */
type FunctionOwnership = { myFunction?: string; ownerLabel?: string };

const functionName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^@/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Whether an owner label names this function: "DevOps" owns "DevOps + Backend Lead", "(DevOps)", "@devops". */
export function functionOwns(ownerLabel: string | undefined, myFunction: string | undefined): boolean {
  const mine = functionName(myFunction ?? "");
  if (!mine || !ownerLabel) return false;
  return ownerLabel.split(/\s*(?:[+&,/;]|\band\b)\s*/i).some((part) => functionName(part) === mine);
}

const ownsByFunction = (input: FunctionOwnership & { ownerId: string | null }) =>
  input.ownerId === null && functionOwns(input.ownerLabel, input.myFunction);

/** May this person start / complete / skip / fail this step? Leads any; members the steps they or their function own. */
export function canRunStep(
  input: { role: Role; actorId: string; ownerId: string | null } & FunctionOwnership,
): boolean {
  if (!can(input.role, "step.run")) return false;
  return input.role !== "member" || input.ownerId === input.actorId || ownsByFunction(input);
}

/** Why a member may not act on a step or item they can see, in words for the screen; null when they may. */
export function whyCannotAct(
  input: {
    role: Role;
    actorId: string;
    ownerId: string | null;
    ownerName?: string | null;
    membersUpdateAnyItem?: boolean;
  } & FunctionOwnership,
): string | null {
  if (input.role === "viewer") return "Viewers follow the launch without changing it.";
  if (input.role === "sponsor") return "Sponsors decide gates; the team runs the work.";
  if (input.role !== "member" || input.membersUpdateAnyItem || input.ownerId === input.actorId || ownsByFunction(input))
    return null;
  const owner = input.ownerName ?? (input.ownerLabel || null);
  return owner
    ? `Owned by ${owner} — ask the lead to assign it to you.`
    : "Not assigned to you — ask the lead to assign it to you or your function.";
}

/** The ownership rule on top of the table: may this person update this item's progress? */
export function canUpdateItemProgress(
  input: {
    role: Role;
    actorId: string;
    ownerId: string | null;
    membersUpdateAnyItem: boolean;
  } & FunctionOwnership,
): boolean {
  if (!can(input.role, "item.progress")) return false;
  if (input.role !== "member") return true;
  return input.membersUpdateAnyItem || input.ownerId === input.actorId || ownsByFunction(input);
}

/** The viewer's function, from the live member list (so a change by the lead applies at once). */
export function myFunctionIn(
  snapshot: { members: { userId: string; function: string }[]; myFunction?: string },
  actorId: string,
): string {
  return snapshot.members.find((member) => member.userId === actorId)?.function ?? snapshot.myFunction ?? "";
}
