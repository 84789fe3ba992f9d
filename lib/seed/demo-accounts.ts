// The demo accounts the README lists. They exist only where the demo seed ran.
export const DEMO_PASSWORD = "golive-demo";

export const demoAccounts = [
  { email: "lead@example.com", name: "Dana Lead", role: "lead", function: "Release Manager" },
  { email: "sponsor@example.com", name: "Sam Sponsor", role: "sponsor", function: "VP Engineering" },
  { email: "member@example.com", name: "Max Member", role: "member", function: "DevOps" },
  { email: "viewer@example.com", name: "Vic Viewer", role: "viewer", function: "Support" },
] as const;
