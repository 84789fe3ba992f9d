import type { MemberData, SectionData } from "@/lib/audit/event-types";
import type { ActivityFilters } from "@/components/activity/use-activity-feed";

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500 dark:border-slate-700 dark:bg-slate-950";

const families = [
  { value: "item", label: "Items" },
  { value: "step", label: "Timeline" },
  { value: "gate", label: "Gates" },
  { value: "ack", label: "Acknowledgements" },
  { value: "section", label: "Sections" },
  { value: "member", label: "Team" },
  { value: "launch", label: "Launch" },
];

export function ActivityFiltersBar({
  filters,
  onChange,
  members,
  sections,
}: {
  filters: ActivityFilters;
  onChange: (next: ActivityFilters) => void;
  members: MemberData[];
  sections: SectionData[];
}) {
  const set = (key: keyof ActivityFilters, value: string) => onChange({ ...filters, [key]: value });
  const active = filters.actorId || filters.sectionId || filters.type;
  return (
    <div
      className="grid grid-cols-2 gap-3 border-b border-slate-200 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end dark:border-slate-800"
      data-testid="activity-filters"
    >
      <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
        Person
        <select
          data-testid="activity-filter-person"
          value={filters.actorId}
          onChange={(e) => set("actorId", e.target.value)}
          className={selectClass}
        >
          <option value="">Everyone</option>
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
        Section
        <select
          data-testid="activity-filter-section"
          value={filters.sectionId}
          onChange={(e) => set("sectionId", e.target.value)}
          className={selectClass}
        >
          <option value="">All sections</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
        Kind
        <select
          data-testid="activity-filter-type"
          value={filters.type}
          onChange={(e) => set("type", e.target.value)}
          className={selectClass}
        >
          <option value="">All changes</option>
          {families.map((family) => (
            <option key={family.value} value={family.value}>
              {family.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!active}
        onClick={() => onChange({ actorId: "", sectionId: "", type: "" })}
        className="self-end rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50 disabled:invisible dark:text-indigo-300 dark:hover:bg-indigo-950"
      >
        Clear
      </button>
    </div>
  );
}
