/**
 * Reads a number the way people type it, whatever their locale: "1.5" and "1,5" are both one and
 * a half. Thousands separators are refused rather than guessed ("1,500" would be ambiguous), so
 * only one decimal mark is allowed. Returns null for anything that is not a plain number.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
