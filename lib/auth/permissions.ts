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

/** May this person start / complete / skip / fail this step? Leads any; members the steps they own. */
export function canRunStep(input: { role: Role; actorId: string; ownerId: string | null }): boolean {
  if (!can(input.role, "step.run")) return false;
  return input.role !== "member" || input.ownerId === input.actorId;
}

/** The ownership rule on top of the table: may this person update this item's progress? */
export function canUpdateItemProgress(input: {
  role: Role;
  actorId: string;
  ownerId: string | null;
  membersUpdateAnyItem: boolean;
}): boolean {
  if (!can(input.role, "item.progress")) return false;
  if (input.role !== "member") return true;
  return input.membersUpdateAnyItem || input.ownerId === input.actorId;
}
