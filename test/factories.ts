import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createLaunch } from "@/lib/launches/create-launch";
import type { Role } from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

/** A user with a unique email; the password hash is a placeholder (these tests never sign in). */
export async function createUser(name = "Test Person"): Promise<Actor> {
  const user = await getDb().user.create({
    data: { email: `${unique()}@test.example`, name, passwordHash: "not-a-real-hash" },
  });
  return { id: user.id, name: user.name, email: user.email, isAdmin: false };
}

/** A launch with one person per role and a two-section checklist; members may update any item unless told otherwise. */
export async function createLaunchWithTeam({ membersUpdateAnyItem = true } = {}) {
  const [lead, sponsor, member, viewer, outsider] = await Promise.all(
    ["Lead", "Sponsor", "Member", "Viewer", "Outsider"].map((name) => createUser(name)),
  );
  const team: Record<Role, Actor> = { lead: lead!, sponsor: sponsor!, member: member!, viewer: viewer! };
  const { id } = await createLaunch({
    actor: team.lead,
    name: `Launch ${unique()}`,
    membersUpdateAnyItem,
    plan: {
      sections: [
        { title: "Readiness", items: [{ title: "Backups verified" }, { title: "Change approved", status: "done" }] },
        { title: "Go-live", items: [{ title: "Traffic switched" }] },
      ],
    },
    team: (Object.entries(team) as [Role, Actor][]).map(([role, actor]) => ({ userId: actor.id, role })),
  });
  const items = await getDb().checklistItem.findMany({
    where: { launchId: id },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
  });
  return { launchId: id, team, outsider: outsider!, items };
}
