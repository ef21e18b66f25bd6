import { beforeEach, describe, expect, it } from 'vitest';
import { putAssessment } from '../../../../src/db/assessments';
import { workspaceIsEmpty } from '../../../../src/stores/workspace/workspace';
import { useFreshDb } from '../../helpers/freshDb';
import { makeAssessment } from '../../helpers/records';

describe('whether the sample may replace the workspace without asking', () => {
  beforeEach(() => {
    useFreshDb();
  });

  it('reads storage itself: empty only while nothing at all is stored', async () => {
    expect(await workspaceIsEmpty()).toBe(true);
    await putAssessment(makeAssessment());
    expect(await workspaceIsEmpty()).toBe(false);
  });
});
