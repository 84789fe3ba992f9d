import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportLaunchJson } from "@/lib/launches/export-launch-json";
import { importLaunchFromJson, importLaunchFromMarkdown } from "@/lib/launches/import-launch";
import { importJsonInput } from "@/lib/launches/import-schemas";
import { createUser } from "@/test/factories";

describe("JSON export", () => {
  it.each(["go-live-day-12h.md", "night-cutover-24h.md"])(
    "export → import → export of %s gives identical text",
    async (name) => {
      const actor = await createUser("Exporter");
      const markdown = readFileSync(`lib/import/fixtures/${name}`, "utf8");
      const { id } = await importLaunchFromMarkdown({ actor, markdown, goLiveAt: "2026-12-05T12:00:00.000Z" });
      const first = await exportLaunchJson({ actor, launchId: id });
      expect(first.document.plan.steps?.length).toBeGreaterThan(5);
      const again = await importLaunchFromJson({
        actor,
        ...importJsonInput.parse(JSON.parse(JSON.stringify(first.document))),
      });
      const second = await exportLaunchJson({ actor, launchId: again.id });
      expect(JSON.stringify(second.document, null, 2)).toBe(JSON.stringify(first.document, null, 2));
      expect(JSON.stringify(first.document)).not.toMatch(/"id"|createdAt|updatedAt/);
    },
  );
});
