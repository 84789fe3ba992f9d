import { z } from "zod";
import { auditEventTypes } from "@/lib/audit/event-types";
import { readEnv } from "@/lib/env";
import { privateHostReason } from "@/lib/outbound/private-host";
import { versionField, versionRequiredWithId } from "@/lib/validation";

export const channelKinds = ["webhook", "slack", "teams", "email"] as const;

// One URL rule for every door: http(s) only, no credentials in it, and no private hosts unless the
// instance allows them (OUTBOUND_ALLOW_PRIVATE_HOSTS, e.g. for a receiver on the same network).
export const outboundUrl = z
  .string()
  .trim()
  .max(2000, "The URL is longer than 2000 characters.")
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({
        code: "custom",
        message: "Not a valid URL; paste the full address, e.g. https://hooks.example.com/launch.",
      });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      ctx.addIssue({ code: "custom", message: "Only http:// and https:// URLs can receive events." });
    else if (url.username || url.password)
      ctx.addIssue({ code: "custom", message: "Put credentials in the channel's secret, not in the URL." });
    else if (!readEnv().OUTBOUND_ALLOW_PRIVATE_HOSTS) {
      const reason = privateHostReason(url.hostname);
      if (reason)
        ctx.addIssue({
          code: "custom",
          message: `Refused: ${reason}. Use a public address (or ask the administrator to set OUTBOUND_ALLOW_PRIVATE_HOSTS).`,
        });
    }
  });

const eventFilter = z
  .array(z.string())
  .max(100)
  .default([])
  .superRefine((types, ctx) => {
    // A family ("gate") stands for all its types ("gate.decided", ...), like the activity filter.
    const unknown = types.filter(
      (type) => !auditEventTypes.some((known) => known === type || known.startsWith(`${type}.`)),
    );
    if (unknown.length)
      ctx.addIssue({
        code: "custom",
        message: `Unknown event type: ${unknown.join(", ")}. Use e.g. "gate.decided" or a family such as "step".`,
      });
  });

const emailList = z
  .string()
  .trim()
  .min(1, "Who should receive it? Give one or more email addresses, separated by commas.")
  .max(2000)
  .refine(
    (value) => value.split(",").every((address) => z.email().safeParse(address.trim()).success),
    "One of the email addresses is not valid.",
  );

const common = {
  id: z.string().min(1).optional(),
  version: versionField,
  name: z.string().trim().min(1, "Give the channel a name.").max(120),
  eventTypes: eventFilter,
  enabled: z.boolean().default(true),
};

export const saveChannelInput = z
  .discriminatedUnion("kind", [
    z.object({ ...common, kind: z.literal("webhook"), url: outboundUrl }),
    z.object({ ...common, kind: z.literal("slack"), url: outboundUrl }),
    z.object({ ...common, kind: z.literal("teams"), url: outboundUrl }),
    z.object({ ...common, kind: z.literal("email"), emailTo: emailList }),
  ])
  .superRefine(versionRequiredWithId);
export type SaveChannelInput = z.infer<typeof saveChannelInput>;

export const listDeliveriesQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

// Answer shapes, for the API description.
export const deliveryBody = z
  .object({
    id: z.string(),
    channelId: z.string(),
    eventType: z.string(),
    eventSeq: z.number().int().nullable(),
    isTest: z.boolean(),
    status: z.enum(["pending", "sending", "delivered", "failed"]),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().describe("When a pending delivery is tried next."),
    lastError: z.string(),
    responseCode: z.number().int().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "Delivery" });
