import type { Actor } from "@/lib/auth/actor";
import { recordEvent } from "@/lib/audit/record-event";
import { commitChange } from "@/lib/realtime/commit-change";
import { createLaunchInput, type CreateLaunchInput } from "@/lib/launches/schemas";

/** Creates a launch with its checklist; the creator leads it unless the members say otherwise. */
export async function createLaunch({ actor, ...input }: { actor: Actor } & CreateLaunchInput) {
  const data = createLaunchInput.parse(input);
  const members = data.members.some((m) => m.userId === actor.id)
    ? data.members
    : [{ userId: actor.id, role: "lead" as const, function: "" }, ...data.members];

  return commitChange(async (tx) => {
    const launch = await tx.launch.create({
      data: {
        name: data.name,
        system: data.system,
        description: data.description,
        timezone: data.timezone,
        goLiveAt: data.goLiveAt,
        memberships: { create: members },
      },
    });
    for (const [position, section] of data.sections.entries()) {
      const created = await tx.checklistSection.create({ data: { launchId: launch.id, title: section.title, position } });
      await tx.checklistItem.createMany({
        data: section.items.map((item, itemPosition) => ({
          launchId: launch.id,
          sectionId: created.id,
          title: item.title,
          status: item.done ? ("done" as const) : ("todo" as const),
          position: itemPosition,
        })),
      });
    }
    const items = data.sections.reduce((sum, section) => sum + section.items.length, 0);
    const event = await recordEvent(tx, {
      launchId: launch.id,
      type: "launch.created",
      actor,
      data: { name: launch.name, sections: data.sections.length, items },
    });
    return { result: { id: launch.id }, event };
  });
}
