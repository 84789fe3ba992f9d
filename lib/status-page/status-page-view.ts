import type { StatusPageData } from "@/lib/audit/event-types";

type Row = StatusPageData & { token: string };

/** What the lead sees: the settings and the link (the audit log gets the settings only). */
export const statusPageSettingsView = (row: Row, origin: string) => ({
  ...statusPageData(row),
  url: `${origin}/status/${row.token}`,
});

export function statusPageData(row: Row): StatusPageData {
  const { enabled, headline, showPhase, showForecast, showIncidents, showMessages, version } = row;
  return { enabled, headline, showPhase, showForecast, showIncidents, showMessages, version };
}
