import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { ChecklistItemData } from "@/lib/audit/event-types";
import { canUpdateItemProgress } from "@/lib/auth/permissions";
import { committedEvent, eventOrigin } from "@/lib/audit/record-event";
import { diffFields } from "@/lib/audit/diff-fields";
import { itemView } from "@/lib/checklists/item-view";
import { deriveParentStatus } from "@/lib/checklists/derive-parent-status";
import { needsReason } from "@/lib/checklists/schemas";
import { getPool } from "@/lib/db";
import { ensurePrepared, queryBatch, type Prepared } from "@/lib/database-batch";
import { isRetryableConflict } from "@/lib/database-errors";
import type { ItemStatus, Role } from "@/lib/generated/prisma/enums";
import { announceCommitted } from "@/lib/realtime/commit-change";
import { publish } from "@/lib/realtime/publish";
import { reservePublication } from "@/lib/realtime/publication-order";

export type Tick = { status: ItemStatus; statusReason?: string; version?: number };

/**
 * The hottest change of a go-live day — someone ticks an item — in two statements on the pool (three
 * for a sub-item) instead of updateItem's six to eight through Prisma: (1) lock the launch and read the
 * actor's membership and the item, [(1b) read its parents and their children,] (2) update the item and
 * the parents that follow it, bump the launch's seq and append the audit event. Same rules, answer and
 * event, same commit-then-publish order as commitChange.
 *
 * Only the plain case is taken here: an item without sub-items, on a live launch without outbound
 * channels, by someone allowed to, at the current version, with a reason where one is needed. Anything
 * else returns `undefined` having changed nothing, and updateItem does it (and words every refusal), so
 * the rules for unusual cases live in one place.
 */
export async function tickItem(
  actor: Actor,
  launchId: string,
  itemId: string,
  tick: Tick,
): Promise<ChecklistItemData | undefined> {
  const client = await getPool().connect();
  // Outside the transaction, once per pooled connection: the two statements every tick runs.
  await ensurePrepared(client, LOCK_AND_READ, WRITE_AND_RECORD).catch((error: unknown) => {
    client.release(error instanceof Error ? error : true);
    throw error;
  });
  let settle: ((events: Parameters<typeof publish>[0][]) => void) | undefined;
  let broken: Error | undefined;
  try {
    const current = await beginAndLock(client, launchId, actor.id, itemId);
    settle = current ? reservePublication(launchId, publish) : undefined;
    const ancestors = current?.row.parentId ? await readAncestors(client, current.row.parentId) : [];
    const planned = current && plan(current, ancestors, actor, tick);
    if (!current || !planned) {
      await client.query("ROLLBACK");
      settle?.([]);
      return undefined;
    }
    if (Object.keys(planned.changes).length === 0) {
      await client.query("ROLLBACK");
      settle?.([]);
      return itemView(current.row);
    }
    const event = await writeAndCommit(client, launchId, actor, planned);
    announceCommitted([event], settle);
    return planned.item;
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    settle?.([]);
    await client.query("ROLLBACK").catch(() => {});
    // A deadlock or serialization failure did nothing: updateItem runs it again, with its retries. So
    // does a prepared plan the schema changed under (another instance migrated in a rolling upgrade);
    // the connection is then dropped, and the next one prepares afresh.
    if (isRetryableConflict(error) || isStalePlan(broken)) return undefined;
    throw error;
  } finally {
    // A connection that failed mid-transaction is dropped, not returned to the pool.
    client.release(broken && (isConnectionError(broken) || isStalePlan(broken)) ? broken : undefined);
  }
}

type Current = Awaited<ReturnType<typeof beginAndLock>> & {};

// The item columns every reader here needs for the item's JSON shape (itemView). Timestamps are read
// as text and taken as UTC, as Prisma stores them (timestamp without time zone).
const ITEM_COLUMNS = `i.id, i."sectionId", i."parentId", i.title, i.details, i."dueAt"::text AS "dueAt",
  i.status::text AS status, i."statusReason", i.required, i."howToVerify", i.evidence, i.position, i.version,
  i."updatedAt"::text AS "updatedAt", i."ownerLabel", i."stepId", i."ownerId",
  o.name AS "ownerName", u.id AS "updatedById", u.name AS "updatedByName"`;
const ITEM_PEOPLE = `LEFT JOIN "User" o ON o.id = i."ownerId" LEFT JOIN "User" u ON u.id = i."updatedById"`;

type ItemColumns = {
  id: string;
  sectionId: string;
  parentId: string | null;
  title: string;
  details: string;
  dueAt: string | null;
  status: ItemStatus;
  statusReason: string;
  required: boolean;
  howToVerify: string;
  evidence: string;
  position: number;
  version: number;
  updatedAt: string;
  ownerLabel: string;
  stepId: string | null;
  ownerId: string | null;
  ownerName: string | null;
  updatedById: string | null;
  updatedByName: string | null;
};

/** The row in the shape itemView takes. */
function itemRow(found: ItemColumns) {
  const { ownerName, updatedById, updatedByName, ...columns } = found;
  return {
    ...columns,
    dueAt: found.dueAt === null ? null : utc(found.dueAt),
    updatedAt: utc(found.updatedAt),
    owner: found.ownerId ? { id: found.ownerId, name: ownerName ?? "" } : null,
    updatedBy: updatedById ? { id: updatedById, name: updatedByName ?? "" } : null,
  };
}

// Takes the launch's lock and reads the actor's membership and the item (planned once per connection).
const LOCK_AND_READ: Prepared = {
  name: "lc_tick_lock_and_read",
  types: ["text", "text", "text"],
  text: `SELECT l."archivedAt" IS NOT NULL AS archived, l."membersUpdateAnyItem",
       EXISTS (SELECT 1 FROM "OutboundChannel" c
               WHERE c."launchId" = l.id AND c.enabled AND c."deletedAt" IS NULL) AS "hasChannels",
       m.role::text AS role, m.function, ${ITEM_COLUMNS},
       EXISTS (SELECT 1 FROM "ChecklistItem" k WHERE k."parentId" = i.id AND k."deletedAt" IS NULL) AS "hasChildren"
     FROM "Launch" l
     JOIN "Membership" m ON m."launchId" = l.id AND m."userId" = $2
     JOIN "ChecklistItem" i ON i.id = $3 AND i."launchId" = l.id AND i."deletedAt" IS NULL
     ${ITEM_PEOPLE}
     WHERE l.id = $1
     FOR UPDATE OF l`,
};

/** Opens the transaction and takes the launch's lock, reading the membership and the item: one round trip. */
async function beginAndLock(client: PoolClient, launchId: string, actorId: string, itemId: string) {
  const [, locked] = await queryBatch<
    ItemColumns & {
      archived: boolean;
      hasChannels: boolean;
      membersUpdateAnyItem: boolean;
      role: Role;
      function: string;
      hasChildren: boolean;
    }
  >(client, ["BEGIN", LOCK_AND_READ], [launchId, actorId, itemId]);
  const found = locked?.rows[0];
  return found && { ...found, row: itemRow(found) };
}

/** The item's parent, grandparent… (nearest first), each with its live children's statuses. */
async function readAncestors(client: PoolClient, parentId: string) {
  const { rows } = await client.query<
    ItemColumns & { deleted: boolean; children: { id: string; status: ItemStatus }[] }
  >({
    // Named: the driver prepares it once per connection.
    name: "lc_tick_ancestors",
    text: `WITH RECURSIVE chain AS (
       SELECT id, "parentId", 1 AS depth FROM "ChecklistItem" WHERE id = $1
       UNION ALL
       SELECT p.id, p."parentId", chain.depth + 1 FROM "ChecklistItem" p JOIN chain ON p.id = chain."parentId"
     )
     SELECT ${ITEM_COLUMNS}, i."deletedAt" IS NOT NULL AS deleted,
       COALESCE((SELECT json_agg(json_build_object('id', k.id, 'status', k.status))
                 FROM "ChecklistItem" k WHERE k."parentId" = i.id AND k."deletedAt" IS NULL), '[]'::json) AS children
     FROM chain JOIN "ChecklistItem" i ON i.id = chain.id ${ITEM_PEOPLE}
     ORDER BY chain.depth`,
    values: [parentId],
  });
  return rows;
}

/**
 * The ancestors whose status follows from the tick, walking up as recomputeAncestors does (a deleted
 * ancestor ends the walk), each with the status it takes.
 */
function followingAncestors(ancestors: Awaited<ReturnType<typeof readAncestors>>, itemId: string, status: ItemStatus) {
  const changed: { row: ReturnType<typeof itemRow>; status: ItemStatus }[] = [];
  let child = { id: itemId, status };
  for (const ancestor of ancestors) {
    if (ancestor.deleted) break;
    const statuses = ancestor.children.map((sibling) => (sibling.id === child.id ? child.status : sibling.status));
    const derived = statuses.length > 0 ? deriveParentStatus(statuses) : ancestor.status;
    if (derived !== ancestor.status) changed.push({ row: itemRow(ancestor), status: derived });
    child = { id: ancestor.id, status: derived };
  }
  return changed;
}

/** The change to make, or null when it is not the plain case (updateItem then decides and words it). */
function plan(current: Current, ancestors: Awaited<ReturnType<typeof readAncestors>>, actor: Actor, tick: Tick) {
  const { row } = current;
  if (current.archived || current.hasChannels || current.hasChildren) return null;
  if (tick.version !== undefined && tick.version !== row.version) return null;
  const allowed = canUpdateItemProgress({
    role: current.role,
    actorId: actor.id,
    ownerId: row.ownerId,
    membersUpdateAnyItem: current.membersUpdateAnyItem,
    myFunction: current.function,
    ownerLabel: row.ownerLabel,
  });
  if (!allowed) return null;
  const reasoned = needsReason(tick.status);
  // Leaving blocked / not applicable drops the reason that went with it (as updateItem does).
  const statusReason = tick.statusReason ?? (reasoned ? row.statusReason : "");
  if (reasoned && !statusReason) return null;
  const changes = diffFields(row, { status: tick.status, statusReason });
  const updatedAt = new Date();
  const updatedBy = { id: actor.id, name: actor.name };
  const item = itemView({ ...row, status: tick.status, statusReason, version: row.version + 1, updatedAt, updatedBy });
  // A parent's status follows its children (its reason goes, as in recomputeAncestors).
  const parents = followingAncestors(ancestors, row.id, tick.status).map(({ row: parent, status }) =>
    itemView({ ...parent, status, statusReason: "", version: parent.version + 1, updatedAt, updatedBy }),
  );
  return { changes, item, parents, updatedAt };
}

// The item, the parents that follow it, the launch's seq and the audit event, in one statement.
const WRITE_AND_RECORD: Prepared = {
  name: "lc_tick_write_and_record",
  // launch, item, status, reason, updatedAt, actor, event id, event data, ip, user agent, token, parent ids, statuses
  types: [
    "text",
    "text",
    "text",
    "text",
    "timestamptz",
    "text",
    "text",
    "jsonb",
    "text",
    "text",
    "text",
    "text[]",
    "text[]",
  ],
  text: `WITH updated AS (
       UPDATE "ChecklistItem"
       SET status = $3::"ItemStatus", "statusReason" = $4, version = version + 1,
           "updatedAt" = ($5::timestamptz AT TIME ZONE 'UTC'), "updatedById" = $6
       WHERE id = $2 RETURNING id),
     parents AS (
       UPDATE "ChecklistItem" p
       SET status = v.status::"ItemStatus", "statusReason" = '', version = p.version + 1,
           "updatedAt" = ($5::timestamptz AT TIME ZONE 'UTC'), "updatedById" = $6
       FROM unnest($12::text[], $13::text[]) AS v(id, status)
       WHERE p.id = v.id AND EXISTS (SELECT 1 FROM updated) RETURNING p.id),
     bumped AS (UPDATE "Launch" SET seq = seq + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM updated) RETURNING seq)
     INSERT INTO "AuditEvent" (id, "launchId", seq, type, "actorId", data, ip, "userAgent", "tokenId")
     SELECT $7, $1, bumped.seq, 'item.updated', $6, $8::jsonb, $9, $10, $11 FROM bumped, updated
     RETURNING seq, at::text AS at`,
};

/** The item and its parents, the launch's seq and the audit event, and the commit: one round trip. */
async function writeAndCommit(
  client: PoolClient,
  launchId: string,
  actor: Actor,
  planned: NonNullable<ReturnType<typeof plan>>,
) {
  const { item, changes, parents, updatedAt } = planned;
  const data = { sectionId: item.sectionId, item, changes, parents };
  const origin = eventOrigin();
  const [written] = await queryBatch<{ seq: number; at: string }>(
    client,
    [WRITE_AND_RECORD, "COMMIT"],
    [
      launchId,
      item.id,
      item.status,
      item.statusReason,
      updatedAt.toISOString(),
      actor.id,
      randomUUID(),
      JSON.stringify(data),
      origin.ip,
      origin.userAgent,
      origin.tokenId,
      parents.map((parent) => parent.id),
      parents.map((parent) => parent.status),
    ],
  );
  const row = written?.rows[0];
  if (!row) throw new Error("The item or its launch vanished while locked");
  return committedEvent({ launchId, type: "item.updated", actor, data }, { seq: row.seq, at: utc(row.at) });
}

/** A `timestamp without time zone` as PostgreSQL prints it, read as UTC (how Prisma stores DateTime). */
const utc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

// "cached plan must not change result type", "prepared statement does not exist".
const isStalePlan = (error: Error) => ["0A000", "26000"].includes(String((error as { code?: unknown }).code));

// PostgreSQL's own refusals carry a severity; a broken connection (reset, refused, ended) does not.
const isConnectionError = (error: Error) => typeof (error as { severity?: unknown }).severity !== "string";
