import { describe, expect, it } from 'vitest';
import { capabilitySchema, questionnaireMetaSchema } from '../../../src/schemas/questionnaire';
import { makeCapability } from '../helpers/capability';
import { editable, issuePaths, withoutKey } from '../helpers/issues';

const valid = () => editable(makeCapability({ id: 'data-versioning', dimension: 'process', order: 2, weight: 1.5 }));

describe('capabilitySchema', () => {
  it('accepts a valid capability', () => {
    const result = capabilitySchema.safeParse(valid());
    expect(result.success).toBe(true);
    expect(result.data?.id).toBe('data-versioning');
  });

  it('gives weight 1 when it is left out', () => {
    expect(capabilitySchema.parse(withoutKey(valid(), 'weight')).weight).toBe(1);
  });

  it('refuses unknown keys, naming them', () => {
    const result = capabilitySchema.safeParse({ ...valid(), wieght: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['wieght'] });
  });

  it('refuses unknown keys inside a level', () => {
    const capability = valid();
    capability.levels[1] = { ...capability.levels[1], description: 'typo for observe' } as (typeof capability.levels)[number];
    expect(issuePaths(capabilitySchema, capability)).toEqual(['levels[1]']);
  });

  it('refuses four levels instead of five', () => {
    const capability = valid();
    capability.levels = capability.levels.slice(0, 4);
    const result = capabilitySchema.safeParse(capability);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      'levels',
      'give exactly five levels, 0 to 4',
    ]);
  });

  it('refuses levels out of order, naming the position', () => {
    const capability = valid();
    const [zero, one, two, three, four] = capability.levels;
    if (!zero || !one || !two || !three || !four) throw new Error('fixture needs five levels');
    capability.levels = [zero, { ...two, level: 2 }, { ...one, level: 1 }, three, four];
    const paths = issuePaths(capabilitySchema, capability);
    expect(paths).toContain('levels[1].level');
    expect(paths).toContain('levels[2].level');
  });

  it('refuses level 2 without the step to the next level', () => {
    const capability = valid();
    const two = capability.levels[2];
    if (!two) throw new Error('fixture needs level 2');
    capability.levels[2] = withoutKey(two, 'next') as typeof two;
    expect(issuePaths(capabilitySchema, capability)).toEqual(['levels[2].next']);
  });

  it('refuses a next step on level 4', () => {
    const capability = valid();
    capability.levels[4] = {
      ...capability.levels[4],
      next: 'there is nothing above level four',
    } as (typeof capability.levels)[number];
    const result = capabilitySchema.safeParse(capability);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['levels.4.next', 'level 4 is the top: leave "next" out'],
    ]);
  });

  it('refuses an id that is a display name rather than a slug', () => {
    expect(issuePaths(capabilitySchema, { ...valid(), id: 'Data Versioning' })).toEqual(['id']);
    expect(issuePaths(capabilitySchema, { ...valid(), id: 'data--versioning' })).toEqual(['id']);
  });

  it('refuses a weight outside 0.5 to 3', () => {
    expect(issuePaths(capabilitySchema, { ...valid(), weight: 5 })).toEqual(['weight']);
    expect(issuePaths(capabilitySchema, { ...valid(), weight: 0.25 })).toEqual(['weight']);
  });

  it('refuses an unknown dimension, role or lifecycle stage', () => {
    expect(issuePaths(capabilitySchema, { ...valid(), dimension: 'tools' })).toEqual(['dimension']);
    expect(issuePaths(capabilitySchema, { ...valid(), roles: ['wizard'] })).toEqual(['roles[0]']);
    expect(issuePaths(capabilitySchema, { ...valid(), lifecycle: [] })).toEqual(['lifecycle']);
  });
});

describe('questionnaireMetaSchema', () => {
  const meta = {
    id: 'mlops-maturity',
    version: '1.0.0',
    title: 'MLOps maturity',
    portfolioRule: 'Choose the highest level that holds for most of the models in scope.',
    dimensions: (['people', 'process', 'platform'] as const).map((id) => ({
      id,
      title: id,
      summary: `What ${id} covers, in a sentence.`,
    })),
  };

  it('accepts valid metadata', () => {
    expect(questionnaireMetaSchema.safeParse(meta).success).toBe(true);
  });

  it('refuses a version that is not semantic', () => {
    expect(issuePaths(questionnaireMetaSchema, { ...meta, version: 'v1' })).toEqual(['version']);
  });

  it('refuses anything but three dimensions', () => {
    expect(issuePaths(questionnaireMetaSchema, { ...meta, dimensions: meta.dimensions.slice(0, 2) })).toEqual(['dimensions']);
  });
});
