import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backlogToCsv, csvFileName } from '../../../../src/lib/backlog/csvExport';
import { escapeCell, normaliseHeader, unescapeCell } from '../../../../src/lib/backlog/csvFormat';
import { planImport, type ImportPlan } from '../../../../src/lib/backlog/csvImport';
import { readCsv, type CsvReadResult } from '../../../../src/lib/backlog/csvRead';
import { buildSampleBacklog } from '../../../../src/lib/sample/sampleBacklog';
import { makeRating, makeUseCase, NOW } from './helpers';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests', 'fixtures', 'csv', name), 'utf8');
let counter = 0;
const options = () => ({ newId: () => `generated-${(counter += 1).toString().padStart(6, '0')}`, now: NOW });

function readOk(text: string): Extract<CsvReadResult, { ok: true }> {
  const result = readCsv(text);
  if (!result.ok) throw new Error(result.problem);
  return result;
}

function importText(text: string): ImportPlan & { problems: { line: number; reason: string }[] } {
  const read = readOk(text);
  return { ...planImport(read.records, options()), problems: read.problems };
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('export and import round trip', () => {
  const sample = buildSampleBacklog();
  const derived = () => ({ score: 62.5, rank: 3 });

  it('reads back exactly the use cases and ratings it wrote, with comma delimiters', () => {
    const plan = importText(backlogToCsv(sample.useCases, sample.ratings, derived, ','));
    expect(plan.rejected).toEqual([]);
    expect(byId(plan.useCases)).toEqual(byId(sample.useCases));
    expect(byId(plan.ratings)).toEqual(byId(sample.ratings));
  });

  it('reads back the same with semicolon delimiters and decimal commas', () => {
    const text = backlogToCsv(sample.useCases, sample.ratings, derived, ';');
    expect(text).toContain(';62,5;3');
    const read = readOk(text);
    expect(read.delimiter).toBe(';');
    const plan = planImport(read.records, options());
    expect(byId(plan.useCases)).toEqual(byId(sample.useCases));
    expect(byId(plan.ratings)).toEqual(byId(sample.ratings));
  });

  it('starts with a byte-order mark, ends lines with CRLF and writes one row per rating', () => {
    const text = backlogToCsv(sample.useCases, sample.ratings, derived);
    expect(text.startsWith('\uFEFFuse_case_id,title,')).toBe(true);
    const unrated = sample.useCases.filter((useCase) => !sample.ratings.some((rating) => rating.useCaseId === useCase.id)).length;
    expect(text.split('\r\n').filter((line) => line !== '').length).toBe(1 + sample.ratings.length + unrated);
  });

  it('keeps quotes, delimiters, line breaks, spaces and formula-like text intact', () => {
    const tricky = makeUseCase('tricky-01', {
      title: 'Say "hello", world',
      sponsor: '=cmd|"/c calc"!A1',
      // Leading and trailing spaces survive in free text.
      description: '  - first\n- second, with comma\r\n\n=SUM(A1:A2)\n  ',
      businessUnit: "'+quoted",
      tags: ['a;b', 'ünïcødé'],
    });
    const rating = makeRating('tricky-01', '@rater', '12345', {
      id: 'tricky-rating-1',
      comment: 'Line 1\nLine "2"',
      raterRole: '-lead',
    });
    const text = backlogToCsv([tricky], [rating], () => undefined, ';');
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    const plan = importText(text);
    expect(plan.rejected).toEqual([]);
    expect(plan.useCases).toEqual([tricky]);
    expect(plan.ratings).toEqual([rating]);
  });

  it('names the file after the day', () => {
    expect(csvFileName('2026-11-24')).toBe('backlog-2026-11-24.csv');
  });
});

describe('formula escaping', () => {
  it('is undone exactly, whatever the text', () => {
    for (const text of ['=1+1', '+x', '-', '@a', '\tx', "'=x", "''+y", "'plain", 'plain', '', "'"]) {
      expect(unescapeCell(escapeCell(text))).toBe(text);
    }
    expect(escapeCell('=1+1')).toBe("'=1+1");
    expect(escapeCell("'plain")).toBe("'plain");
  });
});

describe('reading a file', () => {
  it('refuses an empty file and a file with only a header', () => {
    expect(readCsv(fixture('empty.csv'))).toEqual({ ok: false, problem: 'The file is empty. Nothing was imported.' });
    expect(readCsv('\uFEFF  \r\n')).toMatchObject({ ok: false });
    expect(readCsv(fixture('header-only.csv'))).toEqual({
      ok: false,
      problem: 'The file has a header row but no rows of data. Nothing was imported.',
    });
  });

  it('refuses wrong headers, naming the missing and unknown columns and suggesting fixes', () => {
    const result = readCsv(fixture('wrong-headers.csv'));
    expect(result.ok).toBe(false);
    const problem = result.ok ? '' : result.problem;
    expect(problem).toContain('no “title” column');
    expect(problem).toContain('“titel” (did you mean “title”?)');
    expect(problem).toContain('“bussiness_value” (did you mean “business_value”?)');
    expect(problem).toContain('“notes”');
    expect(problem).toContain('Nothing was imported');
  });

  it('refuses repeated columns', () => {
    const result = readCsv('title,cost,cost\nA,1,2\n');
    expect(result.ok ? '' : result.problem).toContain('repeated column: “cost”');
  });

  it('matches headers whatever their case, spaces or hyphens', () => {
    expect(normaliseHeader('\uFEFF Business value ')).toBe('business_value');
    expect(normaliseHeader('Time-to-market')).toBe('time_to_market');
    expect(readOk('Title,Business Value\nA,4\n').columns).toEqual(['title', 'business_value']);
  });

  it('gives each row the line it starts on, counting line breaks inside quoted cells', () => {
    const plan = importText(fixture('multiline.csv'));
    expect(plan.useCases[0]?.title).toBe('Multi-line "quoted" use case');
    expect(plan.useCases[0]?.description).toBe('Line one\nLine two, with comma\nLine three');
    expect(plan.rejected).toEqual([{ line: 5, reason: 'cost: “9” is not a whole number from 1 to 5' }]);
  });

  it('reports a quote that is never closed on the line where it opens', () => {
    const read = readOk(fixture('unclosed-quote.csv'));
    expect(read.records.map((record) => record.line)).toEqual([2]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.line).toBe(3);
    expect(read.problems[0]?.reason).toMatch(/never closed/);
  });

  it('rejects a row with more cells than the header, but accepts one with fewer', () => {
    const read = readOk('title,sponsor\nA,Kari,extra\nB\n');
    expect(read.problems).toEqual([{ line: 2, reason: 'the row has 3 cells but the header names only 2 columns' }]);
    expect(read.records.map((record) => record.cells)).toEqual([{ title: 'B', sponsor: '' }]);
  });

  it('skips blank lines', () => {
    expect(readOk('title\n\nA\n\n').records).toEqual([{ line: 3, cells: { title: 'A' } }]);
  });
});

describe('checking rows', () => {
  it('reads semicolon files with decimal commas, refusing half points with a reason', () => {
    const plan = importText(fixture('semicolon-decimal-comma.csv'));
    expect(plan.accepted.map((row) => row.line)).toEqual([2, 3, 5]);
    expect(plan.ratings.map((rating) => rating.scores['business-value'])).toEqual([4, 5]);
    expect(plan.rejected).toEqual([{ line: 4, reason: 'business_value: “3,5” is not a whole number from 1 to 5' }]);
    expect(plan.useCases.map((useCase) => useCase.title)).toEqual(['Route planning', 'Claims; damage triage']);
  });

  it('reports each bad row with its line and reason and keeps the good ones', () => {
    const plan = importText(fixture('bad-rows.csv'));
    expect(plan.accepted.map((row) => row.line)).toEqual([2, 3, 11]);
    const reasons = Object.fromEntries(plan.rejected.map((row) => [row.line, row.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(reasons[4]).toMatch(/^family: “robotics” is not one of process-automation/);
    expect(reasons[5]).toBe('the use case uc-bad-00001 was rejected on line 4, so its ratings cannot be imported');
    expect(reasons[6]).toBe('business_value: “6” is not a whole number from 1 to 5');
    expect(reasons[8]).toMatch(/^title differs from line 2/);
    expect(reasons[9]).toBe('kari already rated this use case on line 2');
    expect(reasons[10]).toBe('title: give the use case a title');
    expect(plan.useCases.find((useCase) => useCase.id === 'uc-good-0003')).toMatchObject({
      title: 'Quoted title, with comma',
      family: 'document-processing',
      status: 'idea',
      riskTier: 'high',
    });
  });

  it('fills in defaults for a bare list of titles', () => {
    const plan = importText('title\nFirst idea\nSecond idea\n');
    expect(plan.useCases).toHaveLength(2);
    expect(plan.useCases[0]).toMatchObject({
      family: 'other',
      status: 'idea',
      dataClassification: 'confidential',
      riskTier: 'medium',
      archived: false,
      createdAt: NOW,
    });
    expect(plan.ratings).toEqual([]);
  });

  it('needs a rater name for scores', () => {
    expect(importText('title,cost\nA,3\n').rejected).toEqual([
      { line: 2, reason: 'rater_name: scores, a role or a comment need the name of the rater' },
    ]);
  });

  it('reads 10,000 rows correctly', () => {
    const useCases = Array.from({ length: 10_000 }, (_, index) =>
      makeUseCase(`bulk-${String(index).padStart(5, '0')}`, {
        title: `Use case "${index}", bulk`,
        tags: ['bulk', `group ${index % 7}`],
      }),
    );
    const ratings = useCases.map((useCase, index) =>
      makeRating(useCase.id, `Rater ${index % 3}`, String(11111 + (index % 4) * 11111).slice(0, 5), { id: `${useCase.id}-r` }),
    );
    const text = backlogToCsv(useCases, ratings, () => ({ score: 50, rank: 1 }));
    const plan = importText(text);
    expect(plan.rejected).toEqual([]);
    expect(plan.useCases).toHaveLength(10_000);
    expect(plan.ratings).toHaveLength(10_000);
    expect(plan.accepted.at(-1)?.line).toBe(10_001);
    expect(byId(plan.useCases)).toEqual(byId(useCases));
  });
});

describe('a spreadsheet with scores but no rater columns', () => {
  it('imports every row, rated by the person the preview names, and counts those rows', () => {
    const read = readOk(fixture('scores-without-raters.csv'));
    const plan = planImport(read.records, { ...options(), unnamedRater: 'Ingrid Berg' });
    expect(plan.rejected).toEqual([]);
    expect(plan.useCases.map((useCase) => useCase.title)).toEqual([
      'Customs data extraction',
      'Route ETA',
      'Chat assistant for drivers',
    ]);
    expect(plan.unnamedRows).toBe(3);
    expect(plan.ratings.map((rating) => rating.raterName)).toEqual(['Ingrid Berg', 'Ingrid Berg', 'Ingrid Berg']);
    expect(plan.ratings[2]?.scores).toEqual({ 'data-availability': 2, feasibility: 3, 'business-value': 3, 'time-to-market': 4 });
  });

  it('without a name for the rater, says what is missing on each row', () => {
    const plan = importText(fixture('scores-without-raters.csv'));
    expect(plan.accepted).toEqual([]);
    expect(plan.rejected[0]?.reason).toMatch(/^rater_name:/);
  });
});
