"use client";

type Option<T extends string> = { value: T; label: string; className: string };

/** A row of mutually exclusive buttons (a radio group): the chosen one solid, the rest outlined. */
export function ChoiceGroup<T extends string>({
  label,
  value,
  options,
  onChange,
  testIdPrefix,
  hint,
}: {
  label: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
  testIdPrefix: string;
  hint?: string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{label}</legend>
      {hint && <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p>}
      <div role="radiogroup" aria-label={label} className="mt-1.5 grid grid-cols-3 gap-2">
        {options.map((option) => {
          const chosen = option.value === value;
          return (
            <button
              key={option.value}
              type="button"
              role="radio"
              aria-checked={chosen}
              data-testid={`${testIdPrefix}-${option.value}`}
              onClick={() => onChange(option.value)}
              className={`rounded-md px-2 py-2 text-sm font-semibold transition focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-1 ${
                chosen
                  ? `${option.className} shadow-sm ring-2 ring-offset-1 ring-slate-900/20 dark:ring-white/30 dark:ring-offset-slate-900`
                  : "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800"
              }`}
            >
              {chosen && <span aria-hidden>● </span>}
              {option.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
