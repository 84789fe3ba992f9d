// Placeholders a planned message may use; filled in at the moment it is sent.
export type TemplateFacts = {
  launch: string;
  status: string;
  forecast: string;
  latestCheckpoint: string;
  openIncidents: string;
};

const placeholders: Record<string, keyof TemplateFacts> = {
  launch: "launch",
  status: "status",
  forecast: "forecast",
  latest_checkpoint: "latestCheckpoint",
  open_incidents: "openIncidents",
};
export const templatePlaceholders = Object.keys(placeholders);

/** Replaces {status}, {forecast}, {latest_checkpoint}, {open_incidents} and {launch}; unknown braces stay as written. */
export function renderTemplate(template: string, facts: TemplateFacts): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const key = placeholders[name];
    return key ? facts[key] : whole;
  });
}
