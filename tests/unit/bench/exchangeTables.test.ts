import { describe, expect, it } from 'vitest';
// The benchmark is plain JavaScript run by Node and reads the table list from the source as text.
import { workspaceTables } from '../../../bench/exchange.mjs';
import { tableNames } from '../../../src/lib/exchange/tables';

describe('the exchange benchmark’s tables', () => {
  it('are the workspace tables the portal declares, in the same order', () => {
    expect(workspaceTables()).toEqual([...tableNames]);
  });
});
