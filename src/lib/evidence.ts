import { limits } from '../schemas/limits';
import { lengthProblem } from './textLimits';

/** Checks a link a person wants to attach as evidence; only web addresses are accepted. */
type EvidenceCheck = Partial<Record<'label' | 'url', string>>;

export function checkEvidenceLink(label: string, url: string): EvidenceCheck {
  const problems: EvidenceCheck = {};
  const long = lengthProblem('The label', label, limits.evidence.label);
  if (label.trim() === '') problems.label = 'Enter a label that says what the link shows';
  else if (long) problems.label = long;
  const address = url.trim();
  if (address === '') problems.url = 'Enter the address of the evidence';
  else if (!/^https?:\/\//i.test(address) || !URL.canParse(address))
    problems.url = 'Only web addresses starting with http:// or https:// are accepted';
  return problems;
}
