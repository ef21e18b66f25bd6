/** Display formatting: the person's locale for numbers and dates, ISO in stored data. */
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const signed = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

export const formatScore = (value: number | null): string => (value === null ? '—' : oneDecimal.format(value));
export const formatPercent = (value: number | null): string => (value === null ? '—' : percent.format(value));
export const formatDelta = (value: number | null): string => (value === null ? '—' : signed.format(value));

// Made once: toLocaleString with options builds a new formatter on every call, which a history
// of hundreds of entries pays for on every render.
const day = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00`);
  return Number.isNaN(date.getTime()) ? isoDate : day.format(date);
}

/** A stored timestamp as the person reads it, e.g. "24 Nov 2026, 15:02". */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dayAndTime.format(date);
}

const bytesFormat = (unit: 'kilobyte' | 'megabyte' | 'gigabyte') =>
  new Intl.NumberFormat(undefined, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });

/** A size in bytes as a person reads it, e.g. "3.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return bytesFormat('gigabyte').format(bytes / 1e9);
  if (bytes >= 1e6) return bytesFormat('megabyte').format(bytes / 1e6);
  return bytesFormat('kilobyte').format(bytes / 1e3);
}

/** "Org / Team · 24 Nov 2026": the parts that are not empty, separated by a middle dot (never a leading one). */
export function joinMeta(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join(' · ');
}
