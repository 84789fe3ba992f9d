import { z } from "zod";
import { outboundUrl } from "@/lib/outbound/schemas";

const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/,
    "A host is a name or address, optionally with :port (no scheme or path), e.g. lb.prod.example.com:8080.",
  );

export const setProbeHostsInput = z.object({ hosts: z.array(host).max(50, "At most 50 hosts.") });

export const saveProbeInput = z
  .object({
    /** The checklist item a pass ticks; or give `stepId` instead. */
    itemId: z.string().min(1).optional(),
    /** The validation step a pass passes and a failure fails (only while it is in progress). */
    stepId: z.string().min(1).optional(),
    /** A JSONPath into the response (e.g. `$.status`) whose value must equal `jsonExpect`. */
    jsonPath: z
      .string()
      .trim()
      .max(200, "Keep the JSON path under 200 characters.")
      .regex(/^(\$.*)?$/, "A JSON path starts with $, e.g. $.status or $.checks[0].state.")
      .default(""),
    /** The value expected at `jsonPath`: JSON (`"ok"`, `200`, `true`) or plain text. */
    jsonExpect: z.string().max(500, "Keep the expected value under 500 characters.").default(""),
    method: z.enum(["GET", "HEAD", "POST"]).default("GET"),
    url: outboundUrl,
    expectStatus: z.number().int().min(100).max(599).default(200),
    bodyContains: z.string().max(500, "Keep the expected text under 500 characters.").default(""),
    timeoutSeconds: z.number().int().min(1).max(30).default(5),
    intervalSeconds: z.number().int().min(10, "Probe at most every 10 seconds.").max(86_400).default(60),
  })
  .refine((input) => Boolean(input.itemId) !== Boolean(input.stepId), {
    message: "A probe verifies one thing: give either itemId (a checklist item) or stepId (a validation step).",
    path: ["itemId"],
  })
  .refine((input) => !input.jsonExpect || input.jsonPath, {
    message: "An expected value needs the JSON path to read it from.",
    path: ["jsonPath"],
  });
