import { describe, expect, it } from 'vitest';
import { checkStart, type StartDraft } from '../../../../src/lib/governance/startCheck';
import { limits } from '../../../../src/schemas/limits';

const templates = ['eu-ai-act', 'model-card'];
const useCases = ['uc-1', 'uc-2'];

const good: StartDraft = {
  templateKey: 'eu-ai-act',
  subjectKind: 'use-case',
  useCaseId: 'uc-1',
  modelName: '',
  reviewerName: 'Amira Haddad',
};

const fields = (draft: StartDraft, useCaseIds = useCases) => checkStart(draft, templates, useCaseIds).map((p) => p.field);

describe('checkStart', () => {
  it('accepts a complete draft for a use case, and one for a named model', () => {
    expect(checkStart(good, templates, useCases)).toEqual([]);
    expect(checkStart({ ...good, subjectKind: 'model', useCaseId: '', modelName: 'Route ETA model v3' }, templates, [])).toEqual(
      [],
    );
  });

  it('asks for a checklist that exists', () => {
    expect(fields({ ...good, templateKey: '' })).toEqual(['templateKey']);
    expect(fields({ ...good, templateKey: 'deleted-template' })).toEqual(['templateKey']);
  });

  it('asks for a use case from the backlog, and says when the backlog is empty', () => {
    const [missing] = checkStart({ ...good, useCaseId: '' }, templates, useCases);
    expect(missing).toEqual({ field: 'useCaseId', message: 'Select the use case to review' });
    const [empty] = checkStart({ ...good, useCaseId: '' }, templates, []);
    expect(empty?.field).toBe('useCaseId');
    expect(empty?.message).toMatch(/no use cases in the backlog/);
    expect(fields({ ...good, useCaseId: 'uc-gone' })).toEqual(['useCaseId']);
  });

  it('ignores the use case when a model is reviewed, and the model name when a use case is', () => {
    expect(fields({ ...good, subjectKind: 'model', useCaseId: '', modelName: 'Churn model' })).toEqual([]);
    expect(fields({ ...good, modelName: 'x'.repeat(limits.review.modelName + 1) })).toEqual([]);
  });

  it('asks for a model name that is neither blank nor longer than the limit', () => {
    const model = { ...good, subjectKind: 'model' as const };
    expect(fields({ ...model, modelName: '   ' })).toEqual(['modelName']);
    expect(fields({ ...model, modelName: 'x'.repeat(limits.review.modelName) })).toEqual([]);
    const [long] = checkStart({ ...model, modelName: 'x'.repeat(limits.review.modelName + 1) }, templates, useCases);
    expect(long?.field).toBe('modelName');
    expect(long?.message).toMatch(/model name/i);
  });

  it('asks for the reviewer’s name, within the limit', () => {
    expect(fields({ ...good, reviewerName: ' ' })).toEqual(['reviewerName']);
    expect(fields({ ...good, reviewerName: 'x'.repeat(limits.audit.actor + 1) })).toEqual(['reviewerName']);
  });

  it('reports every problem at once, in the order of the form', () => {
    expect(fields({ templateKey: '', subjectKind: 'model', useCaseId: '', modelName: '', reviewerName: '' })).toEqual([
      'templateKey',
      'modelName',
      'reviewerName',
    ]);
  });
});
