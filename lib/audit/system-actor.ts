import type { Actor } from "@/lib/auth/actor";

/**
 * Changes the server makes by itself (a step auto-started, the launch's status following the day) are
 * recorded with no actor (`actorId` null). Everywhere they are shown, that reads as "the system".
 */
export const systemActor: Actor | null = null;
export const systemActorView = { id: "system", name: "The system" } as const;

export const actorOrSystem = (actor: { id: string; name: string } | null) => actor ?? systemActorView;
