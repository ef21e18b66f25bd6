/**
 * The link a facilitator shares to gather answers: it opens a new assessment with the survey
 * round, the team and the questionnaire already set, so every file that comes back carries the
 * same round and groups with the others on its own. Only the respondent's name and role are left
 * to type.
 */
export interface Invite {
  round: string;
  team: string;
  organisation: string;
  /** The questionnaire the facilitator expects answers against. */
  questionnaireId: string;
}

/** Longest value a link may preset; the same limit the assessment's fields have. */
export const INVITE_FIELD_MAX = 120;

const INVITE_PATH = '/assessment/';

export function inviteUrl(origin: string, invite: Invite): string {
  const params = new URLSearchParams({ new: '1' });
  if (invite.round.trim()) params.set('round', invite.round.trim());
  if (invite.team.trim()) params.set('team', invite.team.trim());
  if (invite.organisation.trim()) params.set('organisation', invite.organisation.trim());
  if (invite.questionnaireId.trim()) params.set('questionnaire', invite.questionnaireId.trim());
  return `${origin.replace(/\/+$/, '')}${INVITE_PATH}?${params.toString()}`;
}

const clean = (value: string | null) => (value ?? '').trim().slice(0, INVITE_FIELD_MAX);

/** Reads an invitation from a page's query string; null when the page was not opened from one. */
export function readInvite(search: string): Invite | null {
  const params = new URLSearchParams(search);
  if (params.get('new') !== '1') return null;
  return {
    round: clean(params.get('round')),
    team: clean(params.get('team')),
    organisation: clean(params.get('organisation')),
    questionnaireId: clean(params.get('questionnaire')),
  };
}

/** The assessment name an invited respondent starts with, e.g. "2026 Q4 survey, Data platform". */
export function invitedName(invite: Invite, fallback: string): string {
  const name = [invite.round, invite.team].filter(Boolean).join(', ');
  return name === '' ? fallback : name.slice(0, INVITE_FIELD_MAX);
}
