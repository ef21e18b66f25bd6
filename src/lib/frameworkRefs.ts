import type { FrameworkReferences } from '../schemas/questionnaire';
import { frameworkIds } from '../schemas/frameworks';
import { frameworkLabels, frameworkNames } from './governance/frameworkLabels';

/** One framework a capability or checklist item cites, with the names of the tags it cites. */
export interface FrameworkReference {
  framework: string;
  tags: string[];
}

/** A capability's framework references in reading form: one line per framework it cites. */
export function describeReferences(references: FrameworkReferences | undefined): FrameworkReference[] {
  if (!references) return [];
  return frameworkIds.flatMap((framework) => {
    const tags: readonly string[] = references[framework] ?? [];
    const labels: Record<string, string> = frameworkLabels[framework];
    return tags.length === 0 ? [] : [{ framework: frameworkNames[framework].short, tags: tags.map((tag) => labels[tag] ?? tag) }];
  });
}

/** The same on one line, as a checklist item shows it: "NIST AI RMF: Govern · EU AI Act: Art. 9 …". */
export function referencesLine(references: FrameworkReferences | undefined): string {
  return describeReferences(references)
    .map((reference) => `${reference.framework}: ${reference.tags.join('; ')}`)
    .join(' · ');
}
