import { describe, expect, it } from 'vitest';
import { checkEvidenceLink } from '../../../src/lib/evidence';

describe('checkEvidenceLink', () => {
  it('accepts a labelled https or http address', () => {
    expect(checkEvidenceLink('Runbook', 'https://wiki.example.org/runbook')).toEqual({});
    expect(checkEvidenceLink('Dashboard', '  http://grafana.local:3000/d/abc  ')).toEqual({});
  });

  it('refuses javascript: and other schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'ftp://files.example.org/report.pdf',
      'file:///etc/passwd',
      'data:text/html,hi',
    ]) {
      expect(checkEvidenceLink('Link', url).url, url).toBe('Only web addresses starting with http:// or https:// are accepted');
    }
  });

  it('refuses an address that is not a valid URL', () => {
    expect(checkEvidenceLink('Link', 'https://').url).toBeDefined();
    expect(checkEvidenceLink('Link', 'https://exa mple.org').url).toBeDefined();
  });

  it('asks for an address when it is empty', () => {
    expect(checkEvidenceLink('Link', '   ')).toEqual({ url: 'Enter the address of the evidence' });
  });

  it('asks for a label when it is empty or blank', () => {
    expect(checkEvidenceLink('', 'https://example.org')).toEqual({ label: 'Enter a label that says what the link shows' });
    expect(checkEvidenceLink('  ', 'https://example.org').label).toBeDefined();
  });

  it('reports label and address problems together', () => {
    expect(Object.keys(checkEvidenceLink('', 'ftp://x')).sort()).toEqual(['label', 'url']);
  });
});
