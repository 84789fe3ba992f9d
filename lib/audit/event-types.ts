import { z } from "zod";

// Every kind of audit event, with the shape of its data. New kinds are added here first, so the
// activity feed, the realtime clients and the audit log agree on what each event carries.
export const checklistItemData = z.object({
  id: z.string(),
  sectionId: z.string(),
  title: z.string(),
  status: z.enum(["todo", "in_progress", "done", "blocked", "not_applicable"]),
  position: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const auditEventData = {
  "launch.created": z.object({ name: z.string(), sections: z.number().int(), items: z.number().int() }),
  "item.updated": z.object({
    item: checklistItemData,
    changes: z.object({ status: z.object({ from: z.string(), to: z.string() }) }),
  }),
} as const;

export type AuditEventType = keyof typeof auditEventData;
export const auditEventTypes = Object.keys(auditEventData) as [AuditEventType, ...AuditEventType[]];
export const auditEventTypeSchema = z.enum(auditEventTypes);
export type AuditEventData<T extends AuditEventType> = z.infer<(typeof auditEventData)[T]>;
export type ChecklistItemData = z.infer<typeof checklistItemData>;
