import type { Message } from "@/lib/outbound/render-message";

// Slack incoming webhooks take Block Kit (with an attachment for the colour bar); Teams incoming
// webhooks take the legacy MessageCard, which every Teams connector still renders.
const slackColour = { good: "#2eb67d", warning: "#ecb22e", danger: "#e01e5a", info: "#1d9bd1" } as const;
const teamsColour = { good: "2EB67D", warning: "ECB22E", danger: "E01E5A", info: "1D9BD1" } as const;

export function slackBody(message: Message) {
  return {
    text: message.title,
    attachments: [
      {
        color: slackColour[message.colour],
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: `*${message.title}*` } },
          {
            type: "section",
            fields: message.facts.map(([label, value]) => ({ type: "mrkdwn", text: `*${label}*\n${value}` })),
          },
          {
            type: "actions",
            elements: [{ type: "button", text: { type: "plain_text", text: "Open the launch" }, url: message.link }],
          },
        ],
      },
    ],
  };
}

export function teamsBody(message: Message) {
  return {
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    themeColor: teamsColour[message.colour],
    summary: message.title,
    title: message.title,
    sections: [{ text: message.text, facts: message.facts.map(([name, value]) => ({ name, value })) }],
    potentialAction: [{ "@type": "OpenUri", name: "Open the launch", targets: [{ os: "default", uri: message.link }] }],
  };
}

export function emailBody(message: Message) {
  const facts = message.facts.map(([label, value]) => `${label}: ${value}`).join("\n");
  const escape = (text: string) =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return {
    subject: message.title,
    text: `${message.text}\n\n${facts}\n\n${message.link}\n`,
    html: `<p>${escape(message.text)}</p><table>${message.facts.map(([l, v]) => `<tr><th align="left">${escape(l)}</th><td>${escape(v)}</td></tr>`).join("")}</table><p><a href="${escape(message.link)}">Open the launch</a></p>`,
  };
}
