import type { SectionData } from "@/lib/audit/event-types";

export const sectionView = (row: { id: string; title: string; position: number; version: number }): SectionData => ({
  id: row.id,
  title: row.title,
  position: row.position,
  version: row.version,
});
