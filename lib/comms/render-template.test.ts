import { describe, expect, it } from "vitest";
import { renderTemplate } from "@/lib/comms/render-template";

describe("message templates", () => {
  it("fills every placeholder and leaves unknown braces alone", () => {
    const facts = {
      launch: "Payments",
      status: "in progress",
      forecast: "go-live 02:30 UTC (12 min late)",
      latestCheckpoint: "checkpoint 2: green, continue",
      openIncidents: "none",
    };
    expect(
      renderTemplate(
        "{launch} is {status}; {forecast}. Last: {latest_checkpoint}. Incidents: {open_incidents}. {other}",
        facts,
      ),
    ).toBe(
      "Payments is in progress; go-live 02:30 UTC (12 min late). Last: checkpoint 2: green, continue. Incidents: none. {other}",
    );
  });
});
