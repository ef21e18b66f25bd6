import type { WorkspaceData } from '../schemas/workspace';

/** A workspace with nothing in it; spread it under partial data to fill every collection. */
export function emptyWorkspaceData(): WorkspaceData {
  return {
    assessments: [],
    answers: [],
    milestones: [],
    useCases: [],
    ratings: [],
    weightProfiles: [],
    reviews: [],
    reviewAnswers: [],
    auditLog: [],
    templates: [],
  };
}
