import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createLaunch } from "@/lib/launches/create-launch";
import { parsePlanMarkdown } from "@/lib/import/parse-plan-markdown";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/seed/demo-accounts";

const DEMO_RUNBOOK = "lib/templates/builtin/payments-cutover-weekend.md";
export const DEMO_LAUNCH_NAME = "Payments Platform Cutover";

/**
 * Creates the demo accounts and the demo launch (built from the payments cutover sample) unless they
 * exist already, so it is safe to run on every start.
 */
export async function seedDemo(): Promise<{ created: boolean }> {
  const db = getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(
    demoAccounts.map((account) =>
      db.user.upsert({
        where: { email: account.email },
        update: {},
        create: { email: account.email, name: account.name, passwordHash, isAdmin: account.role === "lead" },
      }),
    ),
  );
  if (await db.launch.findFirst({ where: { name: DEMO_LAUNCH_NAME } })) return { created: false };

  const { plan } = parsePlanMarkdown(readFileSync(path.join(process.cwd(), DEMO_RUNBOOK), "utf8"));
  const lead = users[0]!;
  await createLaunch({
    actor: { id: lead.id, name: lead.name, email: lead.email, isAdmin: lead.isAdmin },
    name: DEMO_LAUNCH_NAME,
    system: "Payments API v3 (replaces v2)",
    description: "Weekend cutover from Payments API v2 to v3, imported from the team's runbook.",
    timezone: "Europe/Berlin",
    goLiveAt: nextSaturdayAt2Berlin().toISOString(),
    windowStart: new Date(nextSaturdayAt2Berlin().getTime() - 4 * 3600_000).toISOString(),
    windowEnd: new Date(nextSaturdayAt2Berlin().getTime() + 2 * 3600_000).toISOString(),
    plan,
    membersUpdateAnyItem: true,
    source: "demo",
    team: demoAccounts.map((account, index) => ({
      userId: users[index]!.id,
      role: account.role,
      function: account.function,
    })),
  });
  return { created: true };
}

/** Next Saturday 02:00 in Berlin, approximated as 01:00 UTC: close enough for a demo's countdown. */
function nextSaturdayAt2Berlin(): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + ((6 - date.getUTCDay() + 7) % 7 || 7));
  date.setUTCHours(1, 0, 0, 0);
  return date;
}
