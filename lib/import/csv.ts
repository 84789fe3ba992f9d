// RFC 4180 CSV, written the way Excel and Google Sheets read it and read the way they write it. Small
// enough to own: a dependency would add no safety here, and the formula guard is ours either way.

export type CsvRecord = { row: number; cells: string[] };

/** Cells that a spreadsheet would run as a formula; plain numbers such as -180 are exempt. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Prefixes a quote to cells a spreadsheet would treat as formulas (OWASP "CSV injection"). */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes guardCell: the quote goes only where it stands in front of a formula character. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** A CSV file: UTF-8 BOM (so Excel reads UTF-8), CRLF line ends, quotes only where needed. */
export function writeCsv(rows: string[][]): string {
  const quote = (cell: string) => (/[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `\uFEFF${rows.map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}

/**
 * Records of a CSV text. The delimiter is whichever of `,` `;` or tab the header row uses most (Excel
 * writes `;` where the decimal mark is a comma). Line breaks inside quoted cells come back as "\n";
 * `row` is the record's number as a spreadsheet shows it (header = 1). Empty records are skipped.
 */
export function readCsv(text: string): { records: CsvRecord[]; unterminatedQuoteRow: number | null } {
  const input = text.replace(/^\uFEFF/, "");
  const delimiter = sniffDelimiter(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let row = 1;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (cells.some((value) => value.trim() !== "")) records.push({ row, cells });
    cells = [];
    row += 1;
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else if (char === "\r") cell += input[i + 1] === "\n" ? "" : "\n";
      else cell += char;
    } else if (char === '"' && !/\S/.test(cell)) {
      cell = "";
      quoted = true;
    } else if (char === delimiter) endCell();
    else if (char === "\n" || char === "\r") {
      if (char === "\r" && input[i + 1] === "\n") i += 1;
      endRecord();
    } else cell += char;
  }
  const unterminatedQuoteRow = quoted ? row : null;
  if (cell !== "" || cells.length > 0) endRecord();
  return { records, unterminatedQuoteRow };
}

function sniffDelimiter(input: string): string {
  const header = input.slice(0, input.search(/\r|\n|$/));
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, count: header.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ",";
}
