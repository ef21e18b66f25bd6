import type { RiskScreening, ScreeningRecord } from '../../schemas/riskScreening';
import type { UseCase } from '../../schemas/backlog';
import type { RiskTier } from '../../schemas/enums';
import { riskTierLabels } from './labels';

/**
 * How the screening suggests a risk tier.
 *
 * Every answer may call for a lowest tier, with a reason. The suggestion is the highest tier any
 * answer calls for; with no such answer it is low. Harms add up, so when the number of answers
 * calling for medium reaches the screening's `escalation.mediumSignals` (three in the shipped
 * screening), the suggestion becomes high. Sensitive data (health, biometrics, beliefs...) calls
 * for at least medium on its own, because its misuse harms the person it describes. An answer
 * that points to a practice the EU AI Act prohibits suggests high and carries a stop: the reasons
 * say it must not be built until a legal review rules the practice out.
 *
 * The suggestion is only offered once every question is answered: a partial screening would
 * understate the tier.
 */
interface TierReason {
  tier: RiskTier;
  text: string;
}

export type ScreeningAnswers = Readonly<Record<string, string>>;

type TierSuggestion =
  { complete: false; unanswered: string[] } | { complete: true; tier: RiskTier; reasons: TierReason[]; prohibited: boolean };

const rank: Record<RiskTier, number> = { low: 0, medium: 1, high: 2 };
const higher = (a: RiskTier, b: RiskTier): RiskTier => (rank[b] > rank[a] ? b : a);

export function suggestTier(
  screening: RiskScreening,
  answers: ScreeningAnswers,
  dataClassification: UseCase['dataClassification'],
): TierSuggestion {
  const unanswered = screening.questions
    .filter((question) => !question.answers.some((answer) => answer.id === answers[question.id]))
    .map((question) => question.id);
  if (unanswered.length > 0) return { complete: false, unanswered };

  let tier: RiskTier = 'low';
  let prohibited = false;
  let mediumSignals = 0;
  const reasons: TierReason[] = [];
  for (const question of screening.questions) {
    const answer = question.answers.find((candidate) => candidate.id === answers[question.id]);
    if (!answer?.tier || !answer.reason) continue;
    tier = higher(tier, answer.tier);
    if (answer.tier === 'medium') mediumSignals += 1;
    if (answer.prohibited) prohibited = true;
    reasons.push({ tier: answer.tier, text: answer.reason });
  }
  if (dataClassification === 'sensitive') {
    tier = higher(tier, 'medium');
    mediumSignals += 1;
    reasons.push({
      tier: 'medium',
      text: 'It processes sensitive data (such as health, biometric or belief data), whose misuse harms the person it describes.',
    });
  }
  if (tier === 'medium' && mediumSignals >= screening.escalation.mediumSignals) {
    tier = 'high';
    reasons.push({
      tier: 'high',
      text: `${mediumSignals} factors each call for medium risk; together they make the use case high risk.`,
    });
  }
  if (reasons.length === 0)
    reasons.push({ tier: 'low', text: 'No answer points to significant effects on people, safety, scale or vulnerable groups.' });
  return { complete: true, tier, reasons, prohibited };
}

/** The record to store once a person has decided, or the problems that stop it being stored. */
export function screeningRecord(
  screening: RiskScreening,
  answers: ScreeningAnswers,
  useCase: Pick<UseCase, 'dataClassification'>,
  decision: { decidedTier: RiskTier; justification: string; decidedBy: string; decidedAt: string },
): { record: ScreeningRecord } | { problems: Partial<Record<'answers' | 'justification' | 'decidedBy', string>> } {
  const suggestion = suggestTier(screening, answers, useCase.dataClassification);
  const problems: Partial<Record<'answers' | 'justification' | 'decidedBy', string>> = {};
  if (!suggestion.complete) problems.answers = `answer every question first (${suggestion.unanswered.length} left)`;
  const justification = decision.justification.trim();
  if (suggestion.complete && decision.decidedTier !== suggestion.tier && justification.length < 10) {
    problems.justification = `say why the tier should be ${riskTierLabels[decision.decidedTier]} rather than the suggested ${riskTierLabels[suggestion.tier]} (at least a sentence)`;
  }
  if (decision.decidedBy.trim() === '') problems.decidedBy = 'enter your name, so the decision has an owner';
  if (!suggestion.complete || Object.keys(problems).length > 0) return { problems };
  return {
    record: {
      screeningId: screening.id,
      version: screening.version,
      answers: Object.fromEntries(screening.questions.map((question) => [question.id, answers[question.id] ?? ''])),
      suggestedTier: suggestion.tier,
      reasons: suggestion.reasons,
      prohibited: suggestion.prohibited,
      decidedTier: decision.decidedTier,
      justification,
      decidedBy: decision.decidedBy.trim(),
      decidedAt: decision.decidedAt,
    },
  };
}

/** The audit entry's before and after for a screening recorded on a use case under review. */
export function screeningAuditChange(previous: Pick<UseCase, 'riskTier' | 'riskScreening'>, record: ScreeningRecord) {
  return {
    before: { riskTier: previous.riskTier, suggestedTier: previous.riskScreening?.suggestedTier ?? null },
    after: {
      riskTier: record.decidedTier,
      suggestedTier: record.suggestedTier,
      reasons: record.reasons,
      justification: record.justification,
      screening: `${record.screeningId} ${record.version}`,
    },
  };
}
