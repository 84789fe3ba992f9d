// Seeds launches (and accounts) for tests through the app's own operations (createLaunch,
// createAccount), straight into the database the e2e server uses, so each test has data nobody else touches.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { demoAccounts } from "@/lib/seed/demo-accounts";
import type { PlanItem } from "@/lib/plans/plan";
import { account, password as demoPassword, type DemoRole } from "./accounts";

export type TestItem = { id: string; title: string; section: string; sectionId: string; parentId: string | null };
export type TestSection = { id: string; title: string };
export type TestLaunch = { id: string; name: string; sections: TestSection[]; items: TestItem[] };
export type TestAccount = { id: string; email: string; name: string; password: string };

/** An item of a seeded plan: a title, or a title with an owner (by demo role), flags, progress, sub-items. */
export type SeedItem =
  | string
  | {
      title: string;
      owner?: DemoRole;
      required?: boolean;
      status?: PlanItem["status"];
      statusReason?: string;
      children?: SeedItem[];
    };
export type SeedPlan = { title: string; items: SeedItem[] }[];

export type LaunchOptions = {
  plan?: SeedPlan;
  /** Lets members update any item, not only their own. */
  membersUpdateAnyItem?: boolean;
  isRehearsal?: boolean;
};

const defaultPlan: SeedPlan = [
  { title: "Before the window", items: ["Freeze deployments", "Snapshot the payments database"] },
  { title: "Cutover", items: ["Switch traffic to v3", "Run the smoke suite", "Announce go-live in #launch"] },
];

const toPlanItem = (item: SeedItem): PlanItem =>
  typeof item === "string"
    ? { title: item }
    : {
        title: item.title,
        owner: item.owner ? account(item.owner).email : undefined,
        required: item.required,
        status: item.status,
        statusReason: item.statusReason,
        children: item.children?.map(toPlanItem),
      };

/** Loads the app's modules once per worker, after pointing them at the e2e database. */
async function loadApp() {
  const state = JSON.parse(readFileSync(new URL("../.state.json", import.meta.url), "utf8")) as { databaseUrl: string };
  process.env.DATABASE_URL = state.databaseUrl;
  const [{ getDb, disconnectDb }, { createLaunch }, { createAccount }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/launches/create-launch"),
    import("@/lib/accounts/create-account"),
  ]);
  return { getDb, disconnectDb, createLaunch, createAccount };
}

export async function openLaunchFactory() {
  const { getDb, disconnectDb, createLaunch, createAccount } = await loadApp();
  const db = getDb();
  const users = await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } } });
  const userFor = (email: string) => {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`Demo user ${email} is missing: did the e2e server seed the demo?`);
    return user;
  };
  const lead = userFor("lead@example.com");
  const leadActor = { id: lead.id, name: lead.name, email: lead.email, isAdmin: lead.isAdmin };

  return {
    /** A launch with a unique name, all four demo accounts as members in their demo roles. */
    async createLaunch(label: string, options: LaunchOptions = {}): Promise<TestLaunch> {
      const name = `${label} ${randomUUID().slice(0, 8)}`;
      const plan = options.plan ?? defaultPlan;
      const { id } = await createLaunch({
        actor: leadActor,
        name,
        system: "e2e",
        membersUpdateAnyItem: options.membersUpdateAnyItem ?? false,
        isRehearsal: options.isRehearsal ?? false,
        plan: { sections: plan.map((section) => ({ title: section.title, items: section.items.map(toPlanItem) })) },
        team: demoAccounts.map((a) => ({ userId: userFor(a.email).id, role: a.role, function: a.function })),
      });
      const sections = await db.checklistSection.findMany({
        where: { launchId: id, deletedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, title: true },
      });
      const rows = await db.checklistItem.findMany({
        where: { launchId: id, deletedAt: null },
        orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
        select: { id: true, title: true, parentId: true, sectionId: true, section: { select: { title: true } } },
      });
      return {
        id,
        name,
        sections,
        items: rows.map((row) => ({
          id: row.id,
          title: row.title,
          section: row.section.title,
          sectionId: row.sectionId,
          parentId: row.parentId,
        })),
      };
    },

    /** A sign-in account of its own (on no launch yet), e.g. to be added to a team or to have an empty launch list. */
    async createAccount(label: string): Promise<TestAccount> {
      const suffix = randomUUID().slice(0, 8);
      const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}@example.test`;
      const password = `${demoPassword}-${suffix}`;
      const created = await createAccount({
        actor: leadActor,
        email,
        name: `${label} ${suffix}`,
        password,
        isAdmin: false,
      });
      return { id: created.id, email: created.email, name: created.name, password };
    },
    close: disconnectDb,
  };
}
