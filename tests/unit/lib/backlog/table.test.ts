import { describe, expect, it } from 'vitest';
import { evaluateBacklog } from '../../../../src/lib/backlog/evaluate';
import { allTags, filterRows, noFilters, sortRows, type BacklogRow } from '../../../../src/lib/backlog/table';
import { criteria, equal, makeRating, makeUseCase } from './helpers';

const useCases = [
  makeUseCase('alpha-001', {
    title: 'Alpha invoices',
    status: 'approved',
    family: 'document-processing',
    tags: ['finance'],
    sponsor: 'Kari',
  }),
  makeUseCase('beta-0001', { title: 'Beta forecast', status: 'idea', family: 'forecasting', tags: ['planning', 'finance'] }),
  makeUseCase('gamma-001', { title: 'Gamma blocked', status: 'idea', family: 'forecasting' }),
  makeUseCase('delta-001', { title: 'Delta archived', archived: true }),
  makeUseCase('eps-00001', { title: 'Epsilon unrated' }),
];
const ratings = [
  makeRating('alpha-001', 'a', '55511'),
  makeRating('beta-0001', 'a', '33333'),
  makeRating('beta-0001', 'b', '35333'),
  makeRating('gamma-001', 'a', '12233'),
];
const evaluation = evaluateBacklog(useCases, ratings, criteria, equal);
const rows: BacklogRow[] = useCases.map((useCase) => ({ useCase, evaluation: evaluation.get(useCase.id) }));
const ids = (list: BacklogRow[]) => list.map((row) => row.useCase.id);

describe('filterRows', () => {
  it('hides archived use cases unless asked', () => {
    expect(ids(filterRows(rows, noFilters))).not.toContain('delta-001');
    expect(ids(filterRows(rows, { ...noFilters, showArchived: true }))).toContain('delta-001');
  });

  it('filters by status, family, tag and text', () => {
    expect(ids(filterRows(rows, { ...noFilters, status: 'idea', family: 'forecasting' }))).toEqual(['beta-0001', 'gamma-001']);
    expect(ids(filterRows(rows, { ...noFilters, tag: 'finance' }))).toEqual(['alpha-001', 'beta-0001']);
    expect(ids(filterRows(rows, { ...noFilters, text: 'KARI' }))).toEqual(['alpha-001']);
  });

  it('filters by flag', () => {
    expect(ids(filterRows(rows, { ...noFilters, flag: 'blocked' }))).toEqual(['gamma-001']);
    expect(ids(filterRows(rows, { ...noFilters, flag: 'disagreement' }))).toEqual(['beta-0001']);
    expect(ids(filterRows(rows, { ...noFilters, flag: 'unrated' }))).toEqual(['eps-00001']);
  });

  it('filters by score range, leaving out use cases without a score', () => {
    expect(ids(filterRows(rows, { ...noFilters, minScore: 60 }))).toEqual(['alpha-001']);
    expect(ids(filterRows(rows, { ...noFilters, maxScore: 60 }))).toEqual(['beta-0001', 'gamma-001']);
  });
});

describe('sortRows', () => {
  it('sorts by rank by default and keeps unranked rows last in either direction', () => {
    const visible = filterRows(rows, { ...noFilters, showArchived: true });
    expect(ids(sortRows(visible, 'rank', 'ascending'))).toEqual([
      'alpha-001',
      'beta-0001',
      'eps-00001',
      'gamma-001',
      'delta-001',
    ]);
    expect(ids(sortRows(visible, 'rank', 'descending')).at(-1)).toBe('delta-001');
  });

  it('sorts by score and by title', () => {
    expect(ids(sortRows(rows, 'score', 'descending')).slice(0, 3)).toEqual(['alpha-001', 'beta-0001', 'gamma-001']);
    expect(ids(sortRows(rows, 'title', 'descending'))[0]).toBe('gamma-001');
  });

  it('lists every tag once, in order', () => {
    expect(allTags(useCases)).toEqual(['finance', 'planning']);
  });
});
