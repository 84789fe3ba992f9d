// Runbooks of any size in the phrasing the importer reads, for round-trip tests: N sections of M items
// (owners, required flags, checks, details, sub-items), phases of timed steps (the first a go / no-go
// gate signed by QA), success criteria, rollback triggers, a window, checkpoints and messages.

export type PlanShape = { sections: number; items: number; phases: number; steps: number; seed: number };

const STEP_MINUTES = 15;
const FIRST_STEP = 10 * 60;
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export function generatePlanMarkdown({ sections, items, phases, steps, seed }: PlanShape): string {
  const owners = ["DevOps", "DBA", "QA", "Support"];
  const lines = [
    `# Generated launch ${seed}`,
    "",
    `**System**: Service ${seed}`,
    `**Description**: Moves service ${seed} to the new cluster; ${sections} areas, ${phases} phases.`,
    "**Go-live**: 2026-12-05 12:00 (Europe/Berlin)",
    "**Maintenance window**: 09:30 – 14:30",
    "**Checkpoints**: every 30 minutes from 12:30 to 14:00",
  ];
  const rows: { start: number; title: string }[] = [];
  for (let phase = 1; phase <= phases; phase++) {
    lines.push("", `## Phase ${phase}`, "", "| Start | End | Step | Owner |", "|---|---|---|---|");
    for (let step = 1; step <= steps; step++) {
      const start = FIRST_STEP + rows.length * STEP_MINUTES;
      const title = rows.length === 0 ? "Go / no-go: start the change" : `Step ${phase}.${step} of launch ${seed}`;
      rows.push({ start, title });
      const owner = owners[(phase + step + seed) % owners.length]!;
      lines.push(`| ${clock(start)} | ${clock(start + STEP_MINUTES)} | ${title} | ${owner} |`);
    }
  }
  for (let section = 1; section <= sections; section++) {
    // The first section details the go / no-go step: its items link to it and say who signs.
    const gate = section === 1;
    lines.push(
      "",
      gate ? `## ${clock(FIRST_STEP)} – ${clock(FIRST_STEP + STEP_MINUTES)} · Go / no-go` : `## Area ${section}`,
      "",
    );
    if (gate) lines.push("- [ ] QA sign-off obtained");
    const linked = rows[section - 1];
    if (!gate && linked && section % 2 === 0)
      lines.push(`**${clock(linked.start)} – ${clock(linked.start + STEP_MINUTES)}** ${linked.title}`, "");
    for (let item = 1; item <= items - (gate ? 1 : 0); item++) {
      const n = section * 100 + item + seed;
      lines.push(`- [${n % 3 === 0 ? "x" : " "}] Task ${section}.${item} for launch ${seed}`);
      if (n % 2 === 0) lines.push(`  - **Owner**: ${owners[n % owners.length]}`);
      if (n % 4 === 1) lines.push("  - **Required for go-live**: yes");
      if (n % 3 === 1) lines.push(`  - curl -fsS http://svc-${section}/health → 200 OK`);
      if (n % 5 === 2) lines.push(`  - **Estimated time**: ${n % 7} hours`, "  Run it from the bastion host.");
      if (n % 4 === 2) lines.push("  ```bash", `  ./deploy.sh --part ${item}`, "  ```");
      if (n % 3 === 2)
        lines.push(`  - [ ] Sub-task ${section}.${item}.1`, `    - [x] Sub-sub-task ${section}.${item}.1.1`);
    }
  }
  lines.push(
    "",
    "## Success criteria",
    "",
    "- Error rate below 0.5%",
    `- p95 latency at most ${300 + seed} ms`,
    "- Orders per minute at least 40",
    "",
    "## Rollback criteria",
    "",
    "- Error rate above 2%",
    "- Any critical incident",
    "",
    "## Communication plan",
    "",
    "### T-2 h",
    "",
    "Audience: Customers",
    "Channel: Email",
    `Maintenance for launch ${seed} starts in two hours.`,
    "",
    "### T+30 min",
    "",
    "Audience: Internal teams",
    "Channel: Slack #launch",
    "Traffic is on the new version.",
    "All checks green.",
    "",
  );
  return lines.join("\n");
}
