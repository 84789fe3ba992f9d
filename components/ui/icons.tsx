// Small inline icons (20×20, currentColor), so the app needs no icon font or package.
type IconProps = { className?: string };
const base = (className = "h-4 w-4") =>
  ({ viewBox: "0 0 20 20", className, "aria-hidden": true, fill: "currentColor" }) as const;

export const GripIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path d="M7 4a1.25 1.25 0 1 1-2.5 0A1.25 1.25 0 0 1 7 4Zm0 6a1.25 1.25 0 1 1-2.5 0A1.25 1.25 0 0 1 7 10Zm-1.25 7.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5ZM15.5 4A1.25 1.25 0 1 1 13 4a1.25 1.25 0 0 1 2.5 0Zm-1.25 7.25a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5Zm1.25 4.75a1.25 1.25 0 1 1-2.5 0 1.25 1.25 0 0 1 2.5 0Z" />
  </svg>
);
export const MoreIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path d="M3 10a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0Zm5.5 0a1.5 1.5 0 1 1 3 0 1.5 1.5 0 0 1-3 0ZM15.5 8.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3Z" />
  </svg>
);
export const ClockIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-13a.75.75 0 0 0-1.5 0v5c0 .2.08.39.22.53l3 3a.75.75 0 1 0 1.06-1.06l-2.78-2.78V5Z"
      clipRule="evenodd"
    />
  </svg>
);
export const FlagIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path d="M3.5 2.75a.75.75 0 0 0-1.5 0v14.5a.75.75 0 0 0 1.5 0v-4.39l.94-.23a7.5 7.5 0 0 1 5.08.6 9 9 0 0 0 6.1.7l1.74-.43A.75.75 0 0 0 18 12.8V3.95a.75.75 0 0 0-.93-.73l-1.36.34a7.5 7.5 0 0 1-5.08-.6 9 9 0 0 0-6.1-.7l-1.03.25V2.75Z" />
  </svg>
);
export const ChevronIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M7.2 14.8a.75.75 0 0 1 0-1.06L10.94 10 7.2 6.26a.75.75 0 1 1 1.06-1.06l4.27 4.27c.3.3.3.77 0 1.06L8.26 14.8a.75.75 0 0 1-1.06 0Z"
      clipRule="evenodd"
    />
  </svg>
);
export const AlertIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M8.49 2.9c.67-1.16 2.35-1.16 3.02 0l6.28 10.88c.67 1.16-.17 2.62-1.51 2.62H3.72c-1.34 0-2.18-1.46-1.51-2.62L8.49 2.9ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
      clipRule="evenodd"
    />
  </svg>
);
export const PlusIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
  </svg>
);
export const LinkIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path d="M12.23 3.16a3.5 3.5 0 0 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .75.75 0 0 1 1.06-1.06 2 2 0 0 0 2.83 0l2.5-2.5a2 2 0 1 0-2.83-2.83l-1.25 1.25a.75.75 0 0 1-1.06-1.06l1.25-1.25Zm-4.69 5.28a2 2 0 0 0-2.83 0l-2.5 2.5a2 2 0 1 0 2.83 2.83l1.25-1.25a.75.75 0 0 1 1.06 1.06L6.1 14.83a3.5 3.5 0 0 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .75.75 0 1 1-1.06 1.06Z" />
  </svg>
);
export const KeyboardIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M2 5.5A1.5 1.5 0 0 1 3.5 4h13A1.5 1.5 0 0 1 18 5.5v9a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 2 14.5v-9ZM5 7h2v2H5V7Zm4 0h2v2H9V7Zm6 0h-2v2h2V7ZM5 11h2v2H5v-2Zm4 0h2v2H9v-2Zm4 0h2v2h-2v-2Z"
      clipRule="evenodd"
    />
  </svg>
);
export const TrashIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M8.75 1A2.75 2.75 0 0 0 6 3.75v.44c-.8.08-1.58.17-2.37.28a.75.75 0 1 0 .2 1.48l.15-.02.78 10.13A2.75 2.75 0 0 0 7.5 18.6h5a2.75 2.75 0 0 0 2.74-2.54l.78-10.13.15.02a.75.75 0 1 0 .2-1.48c-.79-.11-1.58-.2-2.37-.28v-.44A2.75 2.75 0 0 0 11.25 1h-2.5ZM10 4c.84 0 1.67.02 2.5.07v-.32c0-.69-.56-1.25-1.25-1.25h-2.5c-.69 0-1.25.56-1.25 1.25v.32C8.33 4.02 9.16 4 10 4Z"
      clipRule="evenodd"
    />
  </svg>
);
export const SearchIcon = ({ className }: IconProps) => (
  <svg {...base(className)}>
    <path
      fillRule="evenodd"
      d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
      clipRule="evenodd"
    />
  </svg>
);
