/** The team view and the comparison: fetched once the page has painted (see ReportsView). */
export { CompareAnswers } from './CompareAnswers';
export { TeamView } from './TeamView';
