import { getDb } from "@/lib/db";

const SHOWN = 20;

/**
 * The messages sent on the "Status page" channel, newest first: each occurrence the server sent (a
 * recurring update shows every time it went out) with the text as rendered, and messages a person
 * marked sent, with their text.
 */
export async function publicMessages(launchId: string): Promise<{ id: string; text: string; sentAt: Date }[]> {
  const db = getDb();
  const onStatusPage = { launchId, deletedAt: null, channel: { equals: "status page", mode: "insensitive" as const } };
  const [sends, marked] = await Promise.all([
    db.communicationSend.findMany({
      where: { communication: onStatusPage },
      orderBy: { sentAt: "desc" },
      take: SHOWN,
      select: { id: true, sentText: true, sentAt: true },
    }),
    db.communication.findMany({
      where: { ...onStatusPage, sentAt: { not: null }, sends: { none: {} } },
      orderBy: { sentAt: "desc" },
      take: SHOWN,
      select: { id: true, text: true, sentAt: true },
    }),
  ]);
  return [
    ...sends.map((send) => ({ id: send.id, text: send.sentText, sentAt: send.sentAt })),
    ...marked.map((message) => ({ id: message.id, text: message.text, sentAt: message.sentAt! })),
  ]
    .sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime())
    .slice(0, SHOWN);
}
