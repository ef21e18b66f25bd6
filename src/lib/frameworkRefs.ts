import type { FrameworkReferences } from '../schemas/questionnaire';
import { frameworkIds } from '../schemas/enums';
import { frameworkLabels, frameworkNames } from './governance/frameworkLabels';

/** A capability's framework references in reading form: one line per framework it cites. */
export function describeReferences(references: FrameworkReferences | undefined): { framework: string; tags: string[] }[] {
  if (!references) return [];
  return frameworkIds.flatMap((framework) => {
    const tags: readonly string[] = references[framework] ?? [];
    const labels: Record<string, string> = frameworkLabels[framework];
    return tags.length === 0 ? [] : [{ framework: frameworkNames[framework].short, tags: tags.map((tag) => labels[tag] ?? tag) }];
  });
}
