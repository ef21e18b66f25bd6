import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, questionnaireProblems, sortCapabilities } from '../../../src/lib/questionnaire';
import type { QuestionnaireMeta } from '../../../src/schemas/questionnaire';
import { makeCapability } from '../helpers/capability';

const meta: QuestionnaireMeta = {
  id: 'mlops-maturity',
  version: '1.0.0',
  title: 'MLOps maturity self-assessment',
  portfolioRule: 'Choose the highest level that holds for most of the models in scope.',
  dimensions: [
    { id: 'people', title: 'People', summary: 'The roles and skills that run ML.' },
    { id: 'process', title: 'Process', summary: 'How use cases are built and run.' },
    { id: 'platform', title: 'Platform', summary: 'The shared foundations underneath.' },
  ],
  changes: [],
};

const capabilities = [
  makeCapability({ id: 'registry', dimension: 'platform', order: 1 }),
  makeCapability({ id: 'tests', dimension: 'process', order: 2 }),
  makeCapability({ id: 'roles', dimension: 'people', order: 1 }),
  makeCapability({ id: 'ci', dimension: 'process', order: 1 }),
];

describe('questionnaireProblems', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(questionnaireProblems(capabilities)).toEqual([]);
  });

  it('finds an id used twice, even across dimensions', () => {
    const problems = questionnaireProblems([...capabilities, makeCapability({ id: 'ci', dimension: 'platform', order: 2 })]);
    expect(problems).toEqual(['capability id "ci" is used twice']);
  });

  it('finds a gap in the reading order of a dimension', () => {
    const problems = questionnaireProblems([
      makeCapability({ id: 'a', dimension: 'people', order: 1 }),
      makeCapability({ id: 'b', dimension: 'people', order: 3 }),
    ]);
    expect(problems).toEqual(['people: expected order 2, found 3']);
  });

  it('finds an order used twice in a dimension', () => {
    const problems = questionnaireProblems([
      makeCapability({ id: 'a', dimension: 'platform', order: 1 }),
      makeCapability({ id: 'b', dimension: 'platform', order: 1 }),
    ]);
    expect(problems).toContain('platform: expected order 2, found 1');
  });
});

describe('sortCapabilities', () => {
  it('orders by dimension (people, process, platform) then by order', () => {
    expect(sortCapabilities(capabilities).map((c) => c.id)).toEqual(['roles', 'ci', 'tests', 'registry']);
  });
});

describe('buildQuestionnaire', () => {
  it('returns the metadata with capabilities in reading order and a sha-256 hash', async () => {
    const questionnaire = await buildQuestionnaire(meta, capabilities);
    expect(questionnaire.capabilities.map((c) => c.id)).toEqual(['roles', 'ci', 'tests', 'registry']);
    expect(questionnaire.id).toBe('mlops-maturity');
    expect(questionnaire.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same hash for the same content, whatever order the files were read in', async () => {
    const first = await buildQuestionnaire(meta, capabilities);
    const second = await buildQuestionnaire(meta, [...capabilities].reverse());
    expect(second.hash).toBe(first.hash);
  });

  it('changes the hash when any text changes', async () => {
    const { hash } = await buildQuestionnaire(meta, capabilities);
    const reworded = capabilities.map((c) => (c.id === 'tests' ? { ...c, question: `${c.question} Really?` } : c));
    const levelEdited = capabilities.map((c) =>
      c.id === 'ci'
        ? { ...c, levels: c.levels.map((l) => (l.level === 4 ? { ...l, observe: `${l.observe} Also audited.` } : l)) }
        : c,
    );
    const retitled = { ...meta, title: 'MLOps maturity self-assessment (revised)' };
    const hashes = await Promise.all([
      buildQuestionnaire(meta, reworded),
      buildQuestionnaire(meta, levelEdited),
      buildQuestionnaire(retitled, capabilities),
    ]);
    hashes.forEach((changed) => expect(changed.hash).not.toBe(hash));
  });

  it('refuses inconsistent content and lists the problems', async () => {
    const broken = [...capabilities, makeCapability({ id: 'roles', dimension: 'people', order: 3 })];
    await expect(buildQuestionnaire(meta, broken)).rejects.toThrow(
      /capability id "roles" is used twice[\s\S]*people: expected order 2, found 3/,
    );
  });
});
