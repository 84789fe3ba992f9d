// The demo accounts the server seeds (SEED_DEMO=always); every e2e launch adds them as members.
import { DEMO_PASSWORD, demoAccounts } from "@/lib/seed/demo-accounts";

export type DemoRole = (typeof demoAccounts)[number]["role"];

export const password = DEMO_PASSWORD;

export function account(role: DemoRole) {
  const found = demoAccounts.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`No demo account with the role ${role}.`);
  return found;
}

export const DEMO_LAUNCH_NAME = "Payments Platform Cutover";
