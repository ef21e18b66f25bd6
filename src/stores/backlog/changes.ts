import { computed } from 'nanostores';
import { biggestMoves, pointsChanges, type PointsChange } from '../../lib/backlog/explain';
import { $useCases } from './backlog';
import { $baseline, $evaluation } from './ranking';

const MOVES_SHOWN = 5;

interface RankChange {
  id: string;
  title: string;
  before: number;
  after: number;
  scoreBefore: number | null;
  scoreAfter: number | null;
  /** The criteria whose points changed most: the reason for the move. */
  reasons: PointsChange[];
}

/** Rank now and under the baseline, per use case id (only those in both rankings). */
export const $rankBefore = computed([$baseline], (baseline) => {
  const ranks = new Map<string, number>();
  if (baseline) for (const [id, evaluation] of baseline.evaluation) ranks.set(id, evaluation.rank);
  return ranks;
});

/** The use cases that moved most since the baseline, with the criteria that moved them. */
export const $rankChanges = computed(
  [$baseline, $evaluation, $rankBefore, $useCases],
  (baseline, evaluation, before, useCases): RankChange[] => {
    if (!baseline) return [];
    const after = new Map<string, number>();
    for (const [id, item] of evaluation) after.set(id, item.rank);
    const titles = new Map(useCases.map((useCase) => [useCase.id, useCase.title]));
    return biggestMoves(before, after, MOVES_SHOWN).map((move) => {
      const was = baseline.evaluation.get(move.id);
      const now = evaluation.get(move.id);
      return {
        ...move,
        title: titles.get(move.id) ?? move.id,
        scoreBefore: was?.weighted.score ?? null,
        scoreAfter: now?.weighted.score ?? null,
        reasons: was && now ? pointsChanges(was.weighted.contributions, now.weighted.contributions).slice(0, 3) : [],
      };
    });
  },
);
