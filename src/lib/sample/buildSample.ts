/**
 * Builds the sample workspace file from the sample story and the questionnaire it is answered
 * against. Every id, date and timestamp is fixed except `exportedAt`, so the same questionnaire
 * and clock always give the same file.
 */
import type { Answer, Assessment, Milestone } from '../../schemas/assessment';
import type { RiskScreening } from '../../schemas/riskScreening';
import type { ChecklistTemplate } from '../../schemas/checklistTemplate';
import type { EvidenceLink } from '../../schemas/common';
import type { WorkspaceFile } from '../../schemas/workspace';
import { sampleAnswers, sampleOrganisation, type SampleAnswer, type SampleEvidence, type SampleLevel } from './sampleAnswers';
import { emptyWorkspaceData } from '../workspaceData';
import { buildSampleBacklog } from './sampleBacklog';
import { buildSampleGovernance } from './sampleGovernance';
import { SAMPLE_ROUND, sampleRespondents, type SampleRespondent } from './sampleRespondents';

export const SAMPLE_ASSESSMENT_ID = 'sample-assessment-2026q4';
export const SAMPLE_MILESTONE_ID = 'sample-milestone-2026q2';
export const SAMPLE_SOURCE = 'MLOps Maturity Portal sample workspace';

const ASSESSMENT_DATE = '2026-11-02';
const MILESTONE_DATE = '2026-05-04';
const ASSESSMENT_CREATED_AT = '2026-04-27T08:15:00.000Z';
const ASSESSMENT_UPDATED_AT = '2026-11-02T15:40:00.000Z';
const MILESTONE_ASSESSMENT_UPDATED_AT = '2026-05-04T14:50:00.000Z';
const MILESTONE_CREATED_AT = '2026-05-04T15:05:00.000Z';
/** Answers are spread a few minutes apart, as if filled in during one sitting. */
const CURRENT_ANSWERS_FROM = Date.parse('2026-11-02T10:00:00.000Z');
const MILESTONE_ANSWERS_FROM = Date.parse('2026-05-04T13:00:00.000Z');
const MINUTES_BETWEEN_ANSWERS = 3;

/** The parts of a questionnaire the sample needs. */
export interface SampleQuestionnaire {
  id: string;
  version: string;
  hash: string;
  capabilities: readonly { id: string }[];
}

interface AnswerParts {
  level: SampleLevel;
  naReason: string;
  target: Answer['target'];
  confidence: Answer['confidence'];
  notes: string;
  evidence: readonly SampleEvidence[];
}

/**
 * Async because the governance reviews' histories are hash chains computed with Web Crypto.
 * `checklists` are the templates the sample reviews use; without them the file has no reviews.
 */
export async function buildSampleWorkspace(
  questionnaire: SampleQuestionnaire,
  now: Date,
  checklists: readonly ChecklistTemplate[] = [],
  screening?: RiskScreening,
): Promise<WorkspaceFile> {
  const questionnaireRef = { id: questionnaire.id, version: questionnaire.version, hash: questionnaire.hash };
  const assessment: Assessment = {
    id: SAMPLE_ASSESSMENT_ID,
    name: sampleOrganisation.assessmentName,
    organisation: sampleOrganisation.organisation,
    team: sampleOrganisation.team,
    respondentName: sampleOrganisation.respondentName,
    respondentRole: sampleOrganisation.respondentRole,
    round: SAMPLE_ROUND,
    date: ASSESSMENT_DATE,
    questionnaire: questionnaireRef,
    createdAt: ASSESSMENT_CREATED_AT,
    updatedAt: ASSESSMENT_UPDATED_AT,
  };

  // Follow the questionnaire's reading order; capabilities without sample data stay unanswered,
  // and sample data for capabilities the questionnaire no longer has is dropped.
  const byId = new Map(sampleAnswers.map((sample) => [sample.capabilityId, sample]));
  const samples = questionnaire.capabilities.flatMap(({ id }) => byId.get(id) ?? []);

  const answers = samples.map((sample, index) =>
    toAnswer(SAMPLE_ASSESSMENT_ID, sample.capabilityId, currentParts(sample), timestamp(CURRENT_ANSWERS_FROM, index)),
  );
  const milestone: Milestone = {
    id: SAMPLE_MILESTONE_ID,
    assessmentId: SAMPLE_ASSESSMENT_ID,
    name: sampleOrganisation.milestoneName,
    date: MILESTONE_DATE,
    createdAt: MILESTONE_CREATED_AT,
    assessment: { ...assessment, date: MILESTONE_DATE, updatedAt: MILESTONE_ASSESSMENT_UPDATED_AT },
    answers: samples.map((sample, index) =>
      toAnswer(SAMPLE_ASSESSMENT_ID, sample.capabilityId, earlierParts(sample), timestamp(MILESTONE_ANSWERS_FROM, index)),
    ),
  };

  const respondents = sampleRespondents.map((respondent) => respondentRecords(respondent, assessment, samples));
  const backlog = buildSampleBacklog(screening);
  const governance = await buildSampleGovernance(backlog.useCases, checklists, now);
  return {
    type: 'mlops-portal-workspace',
    version: 1,
    source: SAMPLE_SOURCE,
    exportedAt: now.toISOString(),
    data: {
      ...emptyWorkspaceData(),
      assessments: [assessment, ...respondents.map((item) => item.assessment)],
      answers: [...answers, ...respondents.flatMap((item) => item.answers)],
      milestones: [milestone],
      ...backlog,
      ...governance,
    },
  };
}

function currentParts(sample: SampleAnswer): AnswerParts {
  return {
    level: sample.level,
    naReason: sample.naReason ?? '',
    target: sample.target ?? null,
    confidence: sample.confidence ?? null,
    notes: sample.notes ?? '',
    evidence: sample.evidence ?? [],
  };
}

/** The answer as it stood at the milestone: today's answer with the recorded differences applied. */
function earlierParts(sample: SampleAnswer): AnswerParts {
  const earlier = sample.earlier;
  return {
    level: earlier?.level ?? sample.level,
    naReason: sample.naReason ?? '',
    target: sample.target ?? null,
    confidence: earlier?.confidence ?? sample.confidence ?? null,
    notes: earlier?.notes ?? '',
    evidence: (sample.evidence ?? []).filter((link) => link.atMilestone === true),
  };
}

/**
 * A colleague's assessment in the survey round: the main assessment's levels with this person's
 * differences, no notes, targets or evidence (a survey asks for the level only).
 */
function respondentRecords(
  respondent: SampleRespondent,
  main: Assessment,
  samples: readonly SampleAnswer[],
): { assessment: Assessment; answers: Answer[] } {
  const from = Date.parse(`${respondent.date}T09:00:00.000Z`);
  const answers = samples.map((sample, index) => {
    const level = respondent.differences[sample.capabilityId] ?? sample.level;
    const naReason = respondent.naReasons?.[sample.capabilityId] ?? sample.naReason ?? '';
    const parts: AnswerParts = { level, naReason, target: null, confidence: null, notes: '', evidence: [] };
    return toAnswer(respondent.id, sample.capabilityId, parts, timestamp(from, index));
  });
  const assessment: Assessment = {
    ...main,
    id: respondent.id,
    name: `${SAMPLE_ROUND}, ${respondent.name}`,
    respondentName: respondent.name,
    respondentRole: respondent.role,
    team: respondent.team,
    date: respondent.date,
    createdAt: new Date(from - 10 * 60_000).toISOString(),
    updatedAt: answers.at(-1)?.updatedAt ?? new Date(from).toISOString(),
  };
  return { assessment, answers };
}

function toAnswer(assessmentId: string, capabilityId: string, parts: AnswerParts, updatedAt: string): Answer {
  const hasLevel = typeof parts.level === 'number';
  const notApplicable = parts.level === 'not-applicable';
  return {
    assessmentId,
    capabilityId,
    state: typeof parts.level === 'number' ? 'level' : parts.level,
    level: typeof parts.level === 'number' ? parts.level : null,
    naReason: notApplicable ? parts.naReason : '',
    // Confidence describes a chosen level, and a capability that does not apply has no target.
    confidence: hasLevel ? parts.confidence : null,
    target: notApplicable ? null : parts.target,
    notes: parts.notes,
    evidence: parts.evidence.map(toEvidenceLink),
    updatedAt,
  };
}

function toEvidenceLink({ id, label, url }: SampleEvidence): EvidenceLink {
  return { id, label, url };
}

function timestamp(from: number, index: number): string {
  return new Date(from + index * MINUTES_BETWEEN_ANSWERS * 60_000).toISOString();
}
