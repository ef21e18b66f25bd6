import type { Rating, UseCase } from '../../schemas/backlog';
import { applyFieldPatch, applyRatingPatch, mergeRatingPatches, type RatingPatch, type UseCasePatch } from '../../lib/patches';
import { autosave } from '../save/autosave';

/** The backlog's write code, loaded with the first change (the lists open with reads only). */
const writes = () => import('../../db/useCases');

/** Edits of use cases, field by field: stored as patches on the latest record. */
export const useCaseSaves = autosave<UseCase, UseCasePatch>({
  name: 'use-case',
  apply: (record, patch) => record && applyFieldPatch(record, patch, record.updatedAt),
  write: async (id, patch) => (await writes()).patchUseCase(id, patch),
  stamp: (useCase) => useCase.updatedAt,
});

/** Ratings, one criterion or field at a time, so two raters' tabs never undo each other. */
export const ratingSaves = autosave<Rating, RatingPatch>({
  name: 'rating',
  apply: (record, patch) => record && applyRatingPatch(record, patch, record.updatedAt),
  write: async (id, patch) => (await writes()).patchRating(id, patch),
  stamp: (rating) => rating.updatedAt,
  merge: mergeRatingPatches,
});

/** A stored use case as the screen shows it, with this tab's unsaved edits on top. */
export const shownUseCase = (useCase: UseCase): UseCase => useCaseSaves.shown(useCase.id, useCase) ?? useCase;
export const shownRating = (rating: Rating): Rating => ratingSaves.shown(rating.id, rating) ?? rating;
