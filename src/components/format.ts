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
