/**
 * The steering report as plain data. The page renders it, the print stylesheet lays it out on A4
 * and src/lib/reports/markdown.ts writes the same data as Markdown, so the three never disagree.
 * A section the team did not pick, or that has nothing to show yet, is null; the page says why.
 */
import type { Answer, Assessment, Milestone } from '../../schemas/assessment';
import {
  useCasesSection,
  governanceSection,
  type BacklogInput,
  type GovernanceSection,
  type UseCasesSection,
} from './steeringBacklog';
import {
  changesSection,
  maturitySection,
  type ChangesSection,
  type MaturitySection,
  type QuestionnaireForReport,
} from './steeringMaturity';
import { teamSection, type TeamSection } from './steeringTeam';
import type { NameMode, RespondentGroup } from './respondents';
import type { ReportSection } from './sections';

export interface SteeringInput {
  title: string;
  generatedAt: string;
  questionnaire: QuestionnaireForReport & { hash: string };
  sections: readonly ReportSection[];
  nameMode: NameMode;
  /** The assessment summarised in the maturity section, with its answers. */
  assessment: { assessment: Assessment; answers: readonly Answer[] } | null;
  /** The milestone the changes are measured from (of the same assessment). */
  milestone: Milestone | null;
  group: RespondentGroup | null;
  backlog: BacklogInput;
}

export interface SteeringReport {
  title: string;
  generatedAt: string;
  questionnaire: { title: string; version: string };
  sections: ReportSection[];
  maturity: MaturitySection | null;
  team: TeamSection | null;
  useCases: UseCasesSection | null;
  governance: GovernanceSection | null;
  changes: ChangesSection | null;
}

export function buildSteeringReport(input: SteeringInput): SteeringReport {
  const wants = (section: ReportSection) => input.sections.includes(section);
  const { questionnaire, assessment, milestone, group } = input;
  const hasUseCases = input.backlog.useCases.some((useCase) => !useCase.archived);
  return {
    title: input.title,
    generatedAt: input.generatedAt,
    questionnaire: { title: questionnaire.title, version: questionnaire.version },
    sections: [...input.sections],
    maturity:
      wants('maturity') && assessment
        ? maturitySection(questionnaire, assessment.assessment, assessment.answers, input.nameMode)
        : null,
    team: wants('team') && group ? teamSection(questionnaire, group, input.nameMode) : null,
    useCases: wants('use-cases') && hasUseCases ? useCasesSection(input.backlog) : null,
    governance: wants('governance') && input.backlog.reviews.length > 0 ? governanceSection(input.backlog) : null,
    changes:
      wants('changes') && assessment && milestone && milestone.assessmentId === assessment.assessment.id
        ? changesSection(questionnaire, assessment.assessment.name, milestone, assessment.answers)
        : null,
  };
}
