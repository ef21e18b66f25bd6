import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/lib/numbers';

describe('parseDecimal', () => {
  it('reads a decimal point and a decimal comma alike', () => {
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal(' 3 ')).toBe(3);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('4,0')).toBe(4);
  });

  it('refuses text, empty input and ambiguous thousands separators', () => {
    for (const text of ['', 'abc', '1,000.5', '1.000,5', '1 000', '2e3', '1..2']) expect(parseDecimal(text)).toBeNull();
  });
});
