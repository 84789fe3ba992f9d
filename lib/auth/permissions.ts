import type { Role } from "@/lib/generated/prisma/enums";

// The one table of who may do what on a launch. Every door (route handlers, socket handlers, pages)
// asks `can`; the UI only hides what the server would refuse anyway.
export const permissions = {
  "launch.view": ["lead", "sponsor", "member", "viewer"],
  "item.setStatus": ["lead", "member"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

export function can(role: Role, action: Action): boolean {
  return (permissions[action] as readonly Role[]).includes(role);
}
