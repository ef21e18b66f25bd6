import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Criterion, WeightPreset } from '../../schemas/backlogContent';
import type { Questionnaire } from '../../schemas/questionnaire';
import { reportSectionLabels, reportSections } from '../../lib/reports/sections';
import { provideQuestionnaire } from '../../stores/assessment/questionnaire';
import { provideReportContent } from '../../stores/reports/content';
import { $reportsData } from '../../stores/reports/data';
import {
  $milestone,
  $milestoneChoices,
  $milestoneId,
  $report,
  $sections,
  $summaryAssessment,
  $summaryAssessmentId,
  $titleDraft,
  REPORT_TITLE_MAX,
  reportJson,
  reportMarkdown,
  toggleSection,
} from '../../stores/reports/steering';
import { downloadParts, downloadText } from '../download';
import { Field } from '../Field';
import { LazyPart } from '../LazyPart';
import { Loading } from '../Loading';
import { useDeferred } from '../useLazy';
import { RespondentChoices } from './RespondentChoices';
import { $nameMode } from '../../stores/reports/round';

interface Props {
  questionnaire: Questionnaire;
  criteria: Criterion[];
  presets: WeightPreset[];
  /** The portal's name and version, as exported files record them. */
  portal: { name: string; version: string };
}

/** Pick the sections, see the report as it will print, then print it or download it. */
export function SteeringView({ questionnaire, criteria, presets, portal }: Props) {
  const data = useStore($reportsData);
  const report = useStore($report);
  const sections = useStore($sections);
  const assessment = useStore($summaryAssessment);
  const milestones = useStore($milestoneChoices);
  const milestone = useStore($milestone);
  const title = useStore($titleDraft);
  const nameMode = useStore($nameMode);
  const [message, setMessage] = useState<string | null>(null);
  // The document's sections and tables follow the first paint, as does the builder behind them.
  const reportPart = useDeferred(() => import('./ReportDocument'));

  useEffect(() => {
    provideQuestionnaire(questionnaire);
    provideReportContent(criteria, presets);
  }, []);

  if (data.kind === 'loading') return <Loading>Reading the workspace…</Loading>;
  if (data.kind === 'error')
    return (
      <p class="notice error" role="alert">
        Could not read the workspace: {data.message}
      </p>
    );

  async function downloadMarkdown() {
    const made = await reportMarkdown();
    if (!made) return;
    downloadText(made.text, made.fileName, 'text/markdown;charset=utf-8');
    setMessage(`Downloaded ${made.fileName}.`);
  }

  async function downloadJson() {
    const made = await reportJson({ portal, presets });
    if (!made.ok) {
      setMessage(made.message);
      return;
    }
    downloadParts(made.parts, made.fileName, 'application/json;charset=utf-8');
    setMessage(`Downloaded ${made.fileName}.`);
  }

  const assessments = data.data.assessments;
  return (
    <>
      <div class="no-print">
        <fieldset class="section-picker">
          <legend>Sections to include</legend>
          <ul>
            {reportSections.map((section) => (
              <li key={section}>
                <input
                  type="checkbox"
                  id={`section-${section}`}
                  checked={sections.includes(section)}
                  onChange={(event) => toggleSection(section, (event.currentTarget as HTMLInputElement).checked)}
                />
                <label for={`section-${section}`}>{reportSectionLabels[section]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Field
          id="report-title-input"
          label="Title of the report"
          hint={`Leave empty for the default. Up to ${REPORT_TITLE_MAX} characters.`}
          value={title}
          onInput={(value) => $titleDraft.set(value)}
        />
        {assessments.length > 0 && (
          <div class="field">
            <label for="report-assessment">Assessment for the maturity summary and the changes</label>
            <select
              id="report-assessment"
              value={assessment?.id ?? ''}
              onChange={(event) => {
                $summaryAssessmentId.set((event.currentTarget as HTMLSelectElement).value);
                $milestoneId.set(null);
              }}
            >
              {[...assessments]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                    {item.respondentName ? ` (${item.respondentName})` : ''}
                  </option>
                ))}
            </select>
          </div>
        )}
        {milestones.length > 0 && (
          <div class="field">
            <label for="report-milestone">Changes since the milestone</label>
            <select
              id="report-milestone"
              value={milestone?.id ?? ''}
              onChange={(event) => $milestoneId.set((event.currentTarget as HTMLSelectElement).value)}
            >
              {milestones.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}, {item.date}
                </option>
              ))}
            </select>
          </div>
        )}
        {assessments.length > 0 && <RespondentChoices idPrefix="report" />}
        <div class="actions">
          <button type="button" onClick={() => window.print()} disabled={sections.length === 0}>
            Print or save as PDF
          </button>
          <button type="button" class="secondary" onClick={() => void downloadMarkdown()} disabled={sections.length === 0}>
            Download as Markdown
          </button>
          <button type="button" class="secondary" onClick={() => void downloadJson()} aria-describedby="report-json-hint">
            Download the data as JSON
          </button>
          <span role="status" class="save-state">
            {message}
          </span>
        </div>
        <p class="hint" id="report-json-hint">
          The JSON file holds everything the report is made from, in the portal’s own file format, so another portal can bring it
          in.
          {nameMode === 'anonymous' && ' It keeps every name: share it only where names may be seen.'}
        </p>
      </div>
      <LazyPart lazy={reportPart} what="the report">
        {({ ReportDocument }) => (report ? <ReportDocument report={report} /> : <Loading>Preparing the report…</Loading>)}
      </LazyPart>
    </>
  );
}
