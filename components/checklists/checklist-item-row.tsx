import type { ChecklistItemData } from "@/lib/audit/event-types";

export function ChecklistItemRow({
  item,
  disabled,
  onToggle,
}: {
  item: ChecklistItemData;
  disabled: boolean;
  onToggle: () => void;
}) {
  const done = item.status === "done";
  return (
    <li className="flex items-start gap-3 px-4 py-3" data-testid="checklist-item" data-status={item.status}>
      <input
        id={`item-${item.id}`}
        type="checkbox"
        checked={done}
        disabled={disabled}
        onChange={onToggle}
        className="mt-1 h-5 w-5 shrink-0 cursor-pointer rounded accent-emerald-600 disabled:cursor-not-allowed"
      />
      <label htmlFor={`item-${item.id}`} className="flex-1 cursor-pointer">
        <span className={done ? "text-slate-500 line-through" : ""}>{item.title}</span>
        {item.updatedBy && (
          <span className="block text-xs text-slate-500">
            {done ? "Done" : "Reopened"} by {item.updatedBy.name} at{" "}
            {new Date(item.updatedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
          </span>
        )}
      </label>
    </li>
  );
}
