import nodemailer from "nodemailer";
import { readEnv } from "@/lib/env";
import type { LaunchEvent } from "@/lib/realtime/envelope";
import { assertPublicHost } from "@/lib/outbound/host-policy";
import { signatureHeader } from "@/lib/outbound/sign";
import { renderMessage, type LaunchFacts } from "@/lib/outbound/render-message";
import { emailBody, slackBody, teamsBody } from "@/lib/outbound/format-chat";
import { open } from "@/lib/secrets/secret-box";

export type Attempt = { ok: boolean; responseCode: number | null; error: string };
type Channel = { kind: "webhook" | "slack" | "teams" | "email"; url: string; emailTo: string; secret: string };
type Delivery = { id: string; isTest: boolean; payload: unknown };

/** The generic webhook body: versioned, carrying the same `launch:event` envelope the browser gets. */
export const webhookBody = (delivery: Delivery) =>
  JSON.stringify({ version: 1, deliveryId: delivery.id, test: delivery.isTest, event: delivery.payload });

async function post(url: string, body: string, headers: Record<string, string>): Promise<Attempt> {
  const env = readEnv();
  if (!env.OUTBOUND_ALLOW_PRIVATE_HOSTS) await assertPublicHost(new URL(url).hostname);
  const response = await fetch(url, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "user-agent": "LaunchControl-Webhooks/1", ...headers },
    redirect: "manual", // a redirect could lead to a private address the checks above never saw
    signal: AbortSignal.timeout(env.OUTBOUND_TIMEOUT_SECONDS * 1000),
  });
  const ok = response.status >= 200 && response.status < 300;
  const excerpt = ok ? "" : (await response.text().catch(() => "")).slice(0, 200);
  return {
    ok,
    responseCode: response.status,
    error: ok ? "" : `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ""}`,
  };
}

/** One attempt to deliver one outbox row. Never throws: every failure becomes the attempt's error. */
export async function sendToChannel(sealed: Channel, delivery: Delivery, launch: LaunchFacts): Promise<Attempt> {
  try {
    // URL and signing key are stored sealed (lib/secrets); they are opened only here, to send.
    const channel = { ...sealed, url: open(sealed.url), secret: open(sealed.secret) };
    const event = delivery.payload as LaunchEvent;
    if (channel.kind === "webhook") {
      const body = webhookBody(delivery);
      return await post(channel.url, body, {
        "x-launchcontrol-signature": signatureHeader(channel.secret, body),
        "x-launchcontrol-delivery": delivery.id,
        "x-launchcontrol-event": event.type,
      });
    }
    const message = renderMessage(event, launch, { test: delivery.isTest });
    if (channel.kind === "slack") return await post(channel.url, JSON.stringify(slackBody(message)), {});
    if (channel.kind === "teams") return await post(channel.url, JSON.stringify(teamsBody(message)), {});
    return await sendEmail(channel.emailTo, emailBody(message), delivery.id);
  } catch (error) {
    const text =
      error instanceof Error
        ? error.name === "TimeoutError"
          ? "No answer within the timeout."
          : `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}`
        : String(error);
    return { ok: false, responseCode: null, error: text.slice(0, 500) };
  }
}

async function sendEmail(
  to: string,
  body: { subject: string; text: string; html: string },
  deliveryId: string,
): Promise<Attempt> {
  const env = readEnv();
  if (!env.SMTP_URL)
    return { ok: false, responseCode: null, error: "Email is not configured on this server (set SMTP_URL)." };
  const transport = nodemailer.createTransport(env.SMTP_URL, {
    connectionTimeout: env.OUTBOUND_TIMEOUT_SECONDS * 1000,
    greetingTimeout: env.OUTBOUND_TIMEOUT_SECONDS * 1000,
    socketTimeout: env.OUTBOUND_TIMEOUT_SECONDS * 1000,
  });
  try {
    // The delivery id as Message-ID lets a mail system drop a duplicate if a crash made us send twice.
    const info = await transport.sendMail({
      from: env.SMTP_FROM,
      to,
      ...body,
      messageId: `<${deliveryId}@launch-control>`,
    });
    return {
      ok: info.rejected.length === 0,
      responseCode: null,
      error: info.rejected.length ? `Rejected: ${info.rejected.join(", ")}` : "",
    };
  } finally {
    transport.close();
  }
}
