import { atom } from 'nanostores';
import type { Questionnaire } from '../../schemas/questionnaire';

/** The questionnaire built into the page; set once by the island that receives it. */
export const $questionnaire = atom<Questionnaire | null>(null);

export function provideQuestionnaire(questionnaire: Questionnaire): void {
  if ($questionnaire.get()?.hash !== questionnaire.hash) $questionnaire.set(questionnaire);
}
