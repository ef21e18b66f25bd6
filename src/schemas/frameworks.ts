// The reference frameworks a capability or checklist item can cite, and the tags of each, kept
// apart from enums.ts because only the governance views and the validators read them.

/** The four functions of the NIST AI Risk Management Framework. */
export const nistFunctions = ['govern', 'map', 'measure', 'manage'] as const;
export type NistFunction = (typeof nistFunctions)[number];

/** The seven requirements of the EU's Assessment List for Trustworthy AI (ALTAI). */
export const altaiRequirements = [
  'human-agency-oversight',
  'technical-robustness-safety',
  'privacy-data-governance',
  'transparency',
  'diversity-fairness',
  'societal-wellbeing',
  'accountability',
] as const;
export type AltaiRequirement = (typeof altaiRequirements)[number];

/** Articles of Regulation (EU) 2024/1689, the EU AI Act, that checklist items and capabilities cite. */
export const euAiActArticles = [
  'art-4',
  'art-5',
  'art-6',
  'art-9',
  'art-10',
  'art-11',
  'art-12',
  'art-13',
  'art-14',
  'art-15',
  'art-17',
  'art-18',
  'art-19',
  'art-26',
  'art-27',
  'art-43',
  'art-47',
  'art-49',
  'art-50',
  'art-53',
  'art-72',
  'art-73',
  'art-86',
] as const;
export type EuAiActArticle = (typeof euAiActArticles)[number];

/** ISO/IEC 42001:2023 management-system clauses (4 to 10) and Annex A control groups (A.2 to A.10). */
export const iso42001Refs = [
  'clause-4',
  'clause-5',
  'clause-6',
  'clause-7',
  'clause-8',
  'clause-9',
  'clause-10',
  'a2',
  'a3',
  'a4',
  'a5',
  'a6',
  'a7',
  'a8',
  'a9',
  'a10',
] as const;
export type Iso42001Ref = (typeof iso42001Refs)[number];

/** The reference frameworks items and capabilities are tagged with, in the order the portal shows them. */
export const frameworkIds = ['nist', 'altai', 'euAiAct', 'iso42001'] as const;
export type FrameworkId = (typeof frameworkIds)[number];
