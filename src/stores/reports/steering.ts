import { atom, computed, onMount } from 'nanostores';
import type { Assessment } from '../../schemas/assessment';
import { reportSections, type ReportSection } from '../../lib/reports/sections';
import type { buildSteeringReport, SteeringReport } from '../../lib/reports/steering';
import { nowIso } from '../../lib/ids';
import { $questionnaire } from '../assessment/questionnaire';
import { activeProfileOf, listProfiles } from '../../lib/backlog/profiles';
import { DEFAULT_WEIGHT_PROFILE_ID } from '../../lib/exchange/methods';
import { $reportContent } from './content';
import { $reportsData } from './data';
import type { ExportResult } from '../workspace/exportFile';
import type { ExportContext } from '../../lib/exchange/envelope';
import { $group, $nameMode } from './round';

/** The sections picked, always kept in report order. */
export const $sections = atom<ReportSection[]>([...reportSections]);
/** What the person typed as the title; empty takes the default. */
export const $titleDraft = atom<string>('');
export const $summaryAssessmentId = atom<string | null>(null);
export const $milestoneId = atom<string | null>(null);
/** When the report was put together, set as the page opens and again before each download. */
const $generatedAt = atom<string>(nowIso());

export function toggleSection(section: ReportSection, on: boolean): void {
  const chosen = new Set($sections.get());
  if (on) chosen.add(section);
  else chosen.delete(section);
  $sections.set(reportSections.filter((item) => chosen.has(item)));
}

const ready = computed($reportsData, (state) => (state.kind === 'ready' ? state.data : null));

/** The weight profile the backlog ranks with, so the report ranks as the backlog does. */
const $activeProfile = computed([$reportsData, $reportContent], (state, content) =>
  activeProfileOf(
    listProfiles(content.presets, state.kind === 'ready' ? state.data.weightProfiles : []),
    state.kind === 'ready' ? state.profileId : null,
    DEFAULT_WEIGHT_PROFILE_ID,
  ),
);
const $criteria = computed($reportContent, (content) => content.criteria);

/** The maturity summary defaults to the newest assessment that has a milestone, else the newest. */
export const $summaryAssessment = computed([ready, $summaryAssessmentId], (data, id): Assessment | null => {
  if (!data) return null;
  const chosen = data.assessments.find((assessment) => assessment.id === id);
  if (chosen) return chosen;
  const withMilestone = new Set(data.milestones.map((milestone) => milestone.assessmentId));
  const newest = [...data.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return newest.find((assessment) => withMilestone.has(assessment.id)) ?? newest[0] ?? null;
});

export const $milestoneChoices = computed([ready, $summaryAssessment], (data, assessment) =>
  data && assessment
    ? data.milestones
        .filter((milestone) => milestone.assessmentId === assessment.id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    : [],
);

export const $milestone = computed(
  [$milestoneChoices, $milestoneId],
  (choices, id) => choices.find((milestone) => milestone.id === id) ?? choices[0] ?? null,
);

/** Files record a title of up to this many characters. */
export const REPORT_TITLE_MAX = 200;

const $reportTitle = computed([$titleDraft, $summaryAssessment], (draft, assessment) =>
  (draft.trim() !== ''
    ? draft.trim()
    : `MLOps steering report${assessment?.organisation ? `: ${assessment.organisation}` : ''}`
  ).slice(0, REPORT_TITLE_MAX),
);

/**
 * The report builder brings the backlog ranking, the governance roll-up and the team roll-up with
 * it; it is fetched as the page opens rather than shipped in the page's first download.
 */
const $builder = atom<{ build: typeof buildSteeringReport } | null>(null);

export const $report = computed(
  [
    $builder,
    $questionnaire,
    ready,
    $sections,
    $nameMode,
    $group,
    $summaryAssessment,
    $milestone,
    $activeProfile,
    $criteria,
    $reportTitle,
    $generatedAt,
  ],
  (
    builder,
    questionnaire,
    data,
    sections,
    nameMode,
    group,
    assessment,
    milestone,
    profile,
    criteria,
    title,
    generatedAt,
  ): SteeringReport | null =>
    builder && questionnaire && data
      ? builder.build({
          title,
          generatedAt,
          questionnaire,
          sections,
          nameMode,
          assessment: assessment
            ? { assessment, answers: data.answers.filter((answer) => answer.assessmentId === assessment.id) }
            : null,
          milestone,
          group,
          backlog: {
            useCases: data.useCases,
            ratings: data.ratings,
            criteria: criteria.map(({ id, inverted, title: criterionTitle }) => ({ id, inverted, title: criterionTitle })),
            weights: profile.weights,
            valueFloor: profile.valueFloor,
            profileName: profile.name,
            reviews: data.reviews,
            reviewAnswers: data.reviewAnswers,
          },
        })
      : null,
);

onMount($report, () => {
  if (!$builder.get())
    void import('../../lib/reports/steering').then((module) => $builder.set({ build: module.buildSteeringReport }));
});

/** A file name from the title and the day, e.g. "mlops-steering-report-nordlys-2026-12-01.md". */
export function reportFileName(title: string, generatedAt: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Letters that do not decompose into a plain letter and an accent.
    .replace(/[æøßœłđþ]/g, (letter) => ({ æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' })[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'steering-report'}-${generatedAt.slice(0, 10)}.${extension}`;
}

/**
 * The data behind the report as the portal's JSON file (the whole workspace, titled like the
 * report), through the one export of src/lib/exchange.
 */
export async function reportJson(context: Omit<ExportContext, 'now' | 'title'>): Promise<ExportResult> {
  const { exportSelection } = await import('../workspace/exportFile');
  const result = await exportSelection({ scope: 'workspace' }, { ...context, title: $reportTitle.get() });
  return result.ok ? { ...result, fileName: reportFileName($reportTitle.get(), nowIso(), 'json') } : result;
}

/** The report as Markdown; the builder is fetched only when someone downloads. */
export async function reportMarkdown(): Promise<{ text: string; fileName: string } | null> {
  $generatedAt.set(nowIso());
  const report = $report.get();
  if (!report) return null;
  const { steeringMarkdown } = await import('../../lib/reports/markdown');
  return { text: steeringMarkdown(report), fileName: reportFileName(report.title, report.generatedAt, 'md') };
}
