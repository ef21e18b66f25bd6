import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer, Assessment, Milestone } from '../schemas/assessment';
import type { Rating, UseCase, WeightProfile } from '../schemas/backlog';
import type { AuditEntry, CustomTemplate, Review, ReviewAnswer } from '../schemas/governance';

export const DB_NAME = 'mlops-maturity-portal';

interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The one database of the portal. Versions are append-only: a released `version(n)` is never
 * edited; a change of schema adds `version(n + 1)` with an upgrade function, and a fixture of the
 * previous version is upgraded in a test (tests/unit/db/migrations.test.ts); tests/unit/db/versions.test.ts
 * fails when a released declaration is edited (snapshot in tests/fixtures/db/versions.json).
 */
export class PortalDb extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Table<Answer, [string, string]>;
  milestones!: EntityTable<Milestone, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  useCases!: EntityTable<UseCase, 'id'>;
  ratings!: EntityTable<Rating, 'id'>;
  weightProfiles!: EntityTable<WeightProfile, 'id'>;
  reviews!: EntityTable<Review, 'id'>;
  reviewAnswers!: Table<ReviewAnswer, [string, string]>;
  auditLog!: EntityTable<AuditEntry, 'id'>;
  templates!: EntityTable<CustomTemplate, 'id'>;

  constructor(name: string = DB_NAME) {
    // Live queries read storage itself, not Dexie's optimistic query cache: with the cache, a
    // result read just before a write could be handed out after it and put an old list back on
    // screen (a rating just added would vanish for a moment).
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      assessments: 'id, updatedAt',
      answers: '[assessmentId+capabilityId], assessmentId',
      milestones: 'id, assessmentId, createdAt',
      meta: 'key',
    });
    // Use-case backlog.
    this.version(2).stores({
      useCases: 'id, updatedAt, status, family',
      ratings: 'id, useCaseId',
      weightProfiles: 'id',
    });
    // Model governance reviews, their answers, the hash-chained audit log and imported templates.
    this.version(3).stores({
      reviews: 'id, lineageId, status, subject.useCaseId',
      reviewAnswers: '[reviewId+itemId], reviewId',
      auditLog: 'id, lineageId, [lineageId+seq], reviewId',
      templates: 'id',
    });
    // A newer portal opened in another tab needs this connection closed to upgrade the database.
    // Close it, and remember why, so the next failed write can say "reload" instead of a riddle.
    this.on('versionchange', () => {
      this.upgradedElsewhere = true;
      this.close();
      return false;
    });
  }

  /** True once another tab has asked to upgrade the database; this tab must reload. */
  upgradedElsewhere = false;
}

let instance: PortalDb | null = null;

/** The shared database; tests may replace it with `useDb`. */
export function db(): PortalDb {
  instance ??= new PortalDb();
  return instance;
}

export function useDb(next: PortalDb): void {
  instance = next;
}
