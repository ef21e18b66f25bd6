import type { Decision, ItemStatus } from '../../schemas/enums';
import type { AuditEntry } from '../../schemas/governance';
import { auditActionLabels, decisionLabels, itemStatusLabels } from './labels';

/** One audit entry in words, for the history table and the printed record. */
interface DescribedEntry {
  action: string;
  changes: { field: string; before: string; after: string }[];
}

const fieldLabels: Record<string, string> = {
  status: 'Status',
  justification: 'Justification',
  notes: 'Notes',
  evidence: 'Evidence',
  signOff: 'Decision',
  revision: 'Revision',
  reason: 'Reason',
};

export function describeEntry(entry: AuditEntry): DescribedEntry {
  const action = auditActionLabels[entry.action] ?? entry.action;
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (entry.action === 'answer-changed') {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      action,
      changes: fields.map((field) => ({
        field: fieldLabels[field] ?? field,
        before: describeValue(field, before[field]),
        after: describeValue(field, after[field]),
      })),
    };
  }
  if (entry.action === 'signed-off') {
    return { action, changes: [{ field: 'Decision', before: '—', after: describeSignOff(after['signOff']) }] };
  }
  if (entry.action === 'reopened') {
    return {
      action,
      changes: [
        { field: 'Revision', before: String(before['revision'] ?? '—'), after: String(after['revision'] ?? '—') },
        { field: 'Reason', before: '—', after: text(after['reason']) },
      ],
    };
  }
  if (entry.action === 'review-started') {
    const template = asRecord(after['template']);
    return {
      action,
      changes: [
        {
          field: 'Checklist',
          before: '—',
          after: `${text(template['title'])} ${text(template['version'])} for ${text(after['subject'])}`,
        },
      ],
    };
  }
  if (entry.action === 'risk-tier-screened') {
    const reasons = Array.isArray(after['reasons']) ? after['reasons'] : [];
    const changes = [
      { field: 'Risk tier', before: text(before['riskTier']), after: text(after['riskTier']) },
      { field: 'Suggested tier', before: text(before['suggestedTier']) || '—', after: text(after['suggestedTier']) },
      { field: 'Reasons', before: '—', after: reasons.map((reason) => text(asRecord(reason)['text'])).join(' ') || '—' },
    ];
    const justification = text(after['justification']);
    if (justification !== '') changes.push({ field: 'Justification', before: '—', after: justification });
    return { action, changes };
  }
  return { action, changes: [] };
}

function describeValue(field: string, value: unknown): string {
  if (field === 'status')
    return value === null || value === undefined ? 'not answered' : (itemStatusLabels[value as ItemStatus] ?? String(value));
  if (field === 'evidence') {
    const links = Array.isArray(value) ? value : [];
    return links.length === 0 ? 'none' : links.map((link) => text(asRecord(link)['label'])).join(', ');
  }
  const words = text(value);
  return words === '' ? 'empty' : words;
}

function describeSignOff(value: unknown): string {
  const signOff = asRecord(value);
  const decision = decisionLabels[signOff['decision'] as Decision] ?? text(signOff['decision']);
  return `${decision} by ${text(signOff['reviewerName'])} (${text(signOff['reviewerRole'])}), ${text(signOff['date'])}`;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
