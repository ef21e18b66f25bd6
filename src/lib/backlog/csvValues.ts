/** Reading single CSV cells: codes or on-screen labels for lists, yes/no flags, tags, scores. */
import { dataClassifications, riskTiers, useCaseFamilies, useCaseStatuses } from '../../schemas/enums';
import { parseTags } from './useCaseCheck';
import { classificationLabels, familyLabels, riskTierLabels, statusLabels } from './labels';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function listReader<K extends string>(column: string, codes: readonly K[], labels: Record<K, string>, fallback: K) {
  const lookup = new Map<string, K>();
  for (const code of codes) {
    lookup.set(code, code);
    lookup.set(labels[code].toLowerCase(), code);
  }
  return (cell: string): Parsed<K> => {
    const key = cell.trim().toLowerCase();
    if (key === '') return { ok: true, value: fallback };
    const found = lookup.get(key);
    return found
      ? { ok: true, value: found }
      : { ok: false, problem: `${column}: “${cell.trim()}” is not one of ${codes.join(', ')}` };
  };
}

const truthy = new Set(['true', 'yes', '1', 'y']);
const falsy = new Set(['false', 'no', '0', 'n', '']);

export const csvValue = {
  family: listReader('family', useCaseFamilies, familyLabels, 'other'),
  status: listReader('status', useCaseStatuses, statusLabels, 'idea'),
  classification: listReader('data_classification', dataClassifications, classificationLabels, 'confidential'),
  riskTier: listReader('risk_tier', riskTiers, riskTierLabels, 'medium'),

  flag(column: string, cell: string): Parsed<boolean> {
    const key = cell.trim().toLowerCase();
    if (truthy.has(key)) return { ok: true, value: true };
    if (falsy.has(key)) return { ok: true, value: false };
    return { ok: false, problem: `${column}: “${cell.trim()}” should be true or false` };
  },

  /** Tags separated by commas; blanks and repeats are dropped. */
  tags(cell: string): string[] {
    return parseTags(cell);
  },

  score(column: string, cell: string, parse: (text: string) => number | null): Parsed<number | null> {
    if (cell.trim() === '') return { ok: true, value: null };
    const value = parse(cell);
    if (value === null || !Number.isInteger(value) || value < 1 || value > 5) {
      return { ok: false, problem: `${column}: “${cell.trim()}” is not a whole number from 1 to 5` };
    }
    return { ok: true, value };
  },
};
