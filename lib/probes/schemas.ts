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

export const saveProbeInput = z.object({
  itemId: z.string().min(1, "Which checklist item does the probe verify?"),
  method: z.enum(["GET", "HEAD", "POST"]).default("GET"),
  url: outboundUrl,
  expectStatus: z.number().int().min(100).max(599).default(200),
  bodyContains: z.string().max(500, "Keep the expected text under 500 characters.").default(""),
  timeoutSeconds: z.number().int().min(1).max(30).default(5),
  intervalSeconds: z.number().int().min(10, "Probe at most every 10 seconds.").max(86_400).default(60),
});
