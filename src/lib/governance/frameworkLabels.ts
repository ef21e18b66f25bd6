import {
  altaiRequirements,
  euAiActArticles,
  iso42001Refs,
  nistFunctions,
  type AltaiRequirement,
  type EuAiActArticle,
  type FrameworkId,
  type Iso42001Ref,
  type NistFunction,
} from '../../schemas/frameworks';

const nistLabels: Record<NistFunction, string> = {
  govern: 'Govern',
  map: 'Map',
  measure: 'Measure',
  manage: 'Manage',
};

const altaiLabels: Record<AltaiRequirement, string> = {
  'human-agency-oversight': 'Human agency and oversight',
  'technical-robustness-safety': 'Technical robustness and safety',
  'privacy-data-governance': 'Privacy and data governance',
  transparency: 'Transparency',
  'diversity-fairness': 'Diversity, non-discrimination and fairness',
  'societal-wellbeing': 'Societal and environmental well-being',
  accountability: 'Accountability',
};

/**
 * The names of the reference frameworks and of their tags, as the portal shows them. Tags stay
 * at the level each framework publishes (NIST functions, ALTAI requirements, EU AI Act articles,
 * ISO/IEC 42001 clauses and Annex A control groups): no finer numbers are invented.
 */
const euAiActLabels: Record<EuAiActArticle, string> = {
  'art-4': 'Art. 4 AI literacy',
  'art-5': 'Art. 5 Prohibited practices',
  'art-6': 'Art. 6 Classification as high-risk',
  'art-9': 'Art. 9 Risk management system',
  'art-10': 'Art. 10 Data and data governance',
  'art-11': 'Art. 11 Technical documentation',
  'art-12': 'Art. 12 Record-keeping',
  'art-13': 'Art. 13 Transparency and instructions for use',
  'art-14': 'Art. 14 Human oversight',
  'art-15': 'Art. 15 Accuracy, robustness and cybersecurity',
  'art-17': 'Art. 17 Quality management system',
  'art-18': 'Art. 18 Documentation keeping',
  'art-19': 'Art. 19 Automatically generated logs',
  'art-26': 'Art. 26 Obligations of deployers',
  'art-27': 'Art. 27 Fundamental rights impact assessment',
  'art-43': 'Art. 43 Conformity assessment',
  'art-47': 'Art. 47 EU declaration of conformity',
  'art-49': 'Art. 49 Registration',
  'art-50': 'Art. 50 Transparency for certain AI systems',
  'art-53': 'Art. 53 Providers of general-purpose AI models',
  'art-72': 'Art. 72 Post-market monitoring',
  'art-73': 'Art. 73 Reporting of serious incidents',
  'art-86': 'Art. 86 Right to explanation of individual decisions',
};

const iso42001Labels: Record<Iso42001Ref, string> = {
  'clause-4': 'Clause 4 Context of the organisation',
  'clause-5': 'Clause 5 Leadership and AI policy',
  'clause-6': 'Clause 6 Planning: risks, impact assessment, objectives',
  'clause-7': 'Clause 7 Support: resources, competence, documented information',
  'clause-8': 'Clause 8 Operation',
  'clause-9': 'Clause 9 Performance evaluation: monitoring, internal audit, management review',
  'clause-10': 'Clause 10 Improvement: nonconformity and corrective action',
  a2: 'A.2 Policies related to AI',
  a3: 'A.3 Internal organisation',
  a4: 'A.4 Resources for AI systems',
  a5: 'A.5 Assessing impacts of AI systems',
  a6: 'A.6 AI system life cycle',
  a7: 'A.7 Data for AI systems',
  a8: 'A.8 Information for interested parties',
  a9: 'A.9 Use of AI systems',
  a10: 'A.10 Third-party and customer relationships',
};

/** Each framework's full name, its short name, and what one of its tags is called. */
export const frameworkNames: Record<FrameworkId, { name: string; short: string; tagNoun: string }> = {
  nist: { name: 'NIST AI Risk Management Framework 1.0', short: 'NIST AI RMF', tagNoun: 'Function' },
  altai: {
    name: 'Assessment List for Trustworthy Artificial Intelligence (ALTAI) of the EU High-Level Expert Group on AI',
    short: 'ALTAI (Assessment List for Trustworthy AI)',
    tagNoun: 'Requirement',
  },
  euAiAct: { name: 'EU Artificial Intelligence Act, Regulation (EU) 2024/1689', short: 'EU AI Act', tagNoun: 'Article' },
  iso42001: { name: 'ISO/IEC 42001:2023 AI management system', short: 'ISO/IEC 42001', tagNoun: 'Clause or control' },
};

export const frameworkLabels = {
  nist: nistLabels,
  altai: altaiLabels,
  euAiAct: euAiActLabels,
  iso42001: iso42001Labels,
} as const satisfies Record<FrameworkId, Record<string, string>>;

/** Each framework's tags in the framework's own order. */
export const frameworkTags: Record<FrameworkId, readonly string[]> = {
  nist: nistFunctions,
  altai: altaiRequirements,
  euAiAct: euAiActArticles,
  iso42001: iso42001Refs,
};
