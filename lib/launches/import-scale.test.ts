import { describe, expect, it } from "vitest";
import { importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { getLaunchSnapshot } from "@/lib/launches/get-launch-snapshot";
import { createUser } from "@/test/factories";

// The documented limit: 2,000 items per section. Two full sections import in one go (Prisma's createMany
// took 13 s for these rows, past the 5-s transaction limit: P2028); the figures printed are the import's
// time and the other launch's snapshot reads meanwhile (speed is measured, not asserted).
describe("importing a big plan", () => {
  it("imports 2,000 items × 2 sections while another launch's snapshot stays fast", async () => {
    const actor = await createUser("Importer");
    const other = await importLaunchFromMarkdown({ actor, markdown: "# Other\n## A\n- [ ] One\n- [ ] Two" });
    const section = (name: string) =>
      [`## ${name}`, ...Array.from({ length: 2000 }, (_, i) => `- [ ] ${name} item ${i + 1}`)].join("\n");
    const markdown = `# Big plan\n${section("First")}\n${section("Second")}`;
    const started = performance.now();
    const importing = importLaunchFromMarkdown({ actor, markdown });
    const reads: number[] = [];
    let done = false;
    void importing.finally(() => (done = true));
    while (!done) {
      const at = performance.now();
      await getLaunchSnapshot({ actor, launchId: other.id });
      reads.push(performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { id } = await importing;
    const seconds = (performance.now() - started) / 1000;
    const launch = await getLaunchSnapshot({ actor, launchId: id });
    expect(launch.sections.map((s) => s.items.length)).toEqual([2000, 2000]);
    console.log(
      `import of 4,000 items: ${seconds.toFixed(2)} s; other launch's snapshot: max ${Math.max(...reads).toFixed(0)} ms over ${reads.length} reads`,
    );
  }, 60_000);
});
