// Seeds launches for tests through the app's own operation (createLaunch), straight into the database
// the e2e server uses, so each test has a launch nobody else touches.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { demoAccounts } from "@/lib/seed/demo-accounts";

export type TestItem = { id: string; title: string; section: string };
export type TestLaunch = { id: string; name: string; items: TestItem[] };

const plan = [
  { title: "Before the window", items: ["Freeze deployments", "Snapshot the payments database"] },
  { title: "Cutover", items: ["Switch traffic to v3", "Run the smoke suite", "Announce go-live in #launch"] },
];

/** Loads the app's modules once per worker, after pointing them at the e2e database. */
async function loadApp() {
  const state = JSON.parse(readFileSync(new URL("../.state.json", import.meta.url), "utf8")) as { databaseUrl: string };
  process.env.DATABASE_URL = state.databaseUrl;
  const [{ getDb, disconnectDb }, { createLaunch }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/launches/create-launch"),
  ]);
  return { getDb, disconnectDb, createLaunch };
}

export async function openLaunchFactory() {
  const { getDb, disconnectDb, createLaunch } = await loadApp();
  const db = getDb();
  const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } } });
  const userFor = (email: string) => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`Demo user ${email} is missing: did the e2e server seed the demo?`);
    return user;
  };
  const lead = userFor("lead@example.com");

  return {
    /** A launch with a unique name, all four demo accounts as members in their demo roles. */
    async createLaunch(label: string): Promise<TestLaunch> {
      const name = `${label} ${randomUUID().slice(0, 8)}`;
      const { id } = await createLaunch({
        actor: { id: lead.id, name: lead.name, email: lead.email, isAdmin: lead.isAdmin },
        name,
        system: "e2e",
        plan: { sections: plan.map((section) => ({ title: section.title, items: section.items.map((title) => ({ title })) })) },
        team: demoAccounts.map((a) => ({ userId: userFor(a.email).id, role: a.role, function: a.function })),
      });
      const rows = await db.checklistItem.findMany({
        where: { launchId: id, deletedAt: null },
        orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
        select: { id: true, title: true, section: { select: { title: true } } },
      });
      return { id, name, items: rows.map((row) => ({ id: row.id, title: row.title, section: row.section.title })) };
    },
    close: disconnectDb,
  };
}
