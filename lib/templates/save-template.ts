import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { requireMembership } from "@/lib/launches/require-membership";
import { launchToPlan } from "@/lib/plans/launch-to-plan";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Saves a launch's plan as a template: structure and timings relative to go-live, no progress, no people. */
export async function saveTemplate({
  actor,
  launchId,
  name,
  description = "",
}: {
  actor: Actor;
  launchId: string;
  name: string;
  description?: string;
}) {
  const db = getDb();
  await requireMembership(db, launchId, actor, "template.save");
  const plan = await launchToPlan(db, launchId, { keepProgress: false, keepOwners: false });
  const template = await db.template.create({
    data: { name, description, plan: plan as Prisma.InputJsonValue, createdById: actor.id },
    select: { id: true, name: true },
  });
  return { id: template.id, name: template.name };
}
