/** Display formatting for the backlog: the person's locale, at most one decimal. */
const upToOne = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedPoints = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'always',
});
const whole = new Intl.NumberFormat();

export const formatMedian = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : upToOne.format(value);
export const formatPoints = (value: number | null): string => (value === null ? '—' : upToOne.format(value));
export const formatSignedPoints = (value: number): string => signedPoints.format(value);
export const formatWsjf = (value: number | null): string => (value === null ? '—' : twoDecimals.format(value));
export const formatCount = (value: number): string => whole.format(value);

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export { backlogUseCaseUrl as useCaseUrl } from '../urls';

const share = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
export const formatPercentShare = (value: number): string => share.format(value);
