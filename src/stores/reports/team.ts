import { computed } from 'nanostores';
import { teamSection } from '../../lib/reports/steeringTeam';
import { rollUpRatings } from '../../lib/reports/ratingsRollup';
import { $questionnaire } from '../assessment/questionnaire';
import { $reportsData } from './data';
import { $group, $nameMode } from './round';

/** The chosen round rolled up: the organisation, each team, disagreements, with respondents labelled. */
export const $teamSection = computed([$questionnaire, $group, $nameMode], (questionnaire, group, mode) =>
  questionnaire && group ? teamSection(questionnaire, group, mode) : null,
);

export const $ratingsRollup = computed([$reportsData, $nameMode], (state, mode) =>
  state.kind === 'ready' ? rollUpRatings(state.data.useCases, state.data.ratings, mode) : [],
);
