import { atom, computed, map } from 'nanostores';
import type { UseCase } from '../../schemas/backlog';
import type { AuditEntry, Review, ReviewAnswer } from '../../schemas/governance';
import { liveFeed } from '../save/live';
import { getMeta, setMeta } from '../../db/meta';
import { getAuditLog, getReviewAnswers, listRevisions, getReview } from '../../db/reviews';
import { getUseCase } from '../../db/useCaseReads';
import { splitByApplicability } from '../../lib/governance/applicability';
import type { ChainCheck } from '../../lib/governance/auditChain';
import type { ReplayCheck } from '../../lib/governance/replay';
import { blockingFindings, findings, reviewProgress } from '../../lib/governance/reviewState';

type ReviewLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'missing' } | { kind: 'error'; message: string };

/** The outcome of checking a lineage's history: its hash chain, and (on the latest revision) whether the stored answers agree with it. */
export interface HistoryCheck {
  chain: ChainCheck;
  replay: ReplayCheck | null;
  entries: number;
}

/** The history check on screen: its outcome, or why it could not be made. */
export type HistoryState = HistoryCheck | { failed: string };

export const REVIEWER_KEY = 'governance.reviewer';

export const $reviewLoad = atom<ReviewLoad>({ kind: 'loading' });
/** The revision on screen; older revisions are shown read-only. */
export const $review = atom<Review | null>(null);
export const $revisions = atom<Review[]>([]);
/** Stored answers of the revision on screen, by item id. */
export const $reviewAnswers = map<Record<string, ReviewAnswer>>({});
export const $auditLog = atom<AuditEntry[]>([]);
export const $history = atom<HistoryState | null>(null);
/** The use case as it is in the backlog today; null for a named model or a use case no longer there. */
export const $useCase = atom<UseCase | null>(null);
/** The name changes are recorded under, remembered between visits. */
export const $reviewer = atom<string>('');

export const $split = computed($review, (review) =>
  review ? splitByApplicability(review.template.items, review.useCaseSnapshot) : { applicable: [], notApplicable: [] },
);
export const $progress = computed([$split, $reviewAnswers], (split, answers) =>
  reviewProgress(split.applicable, Object.values(answers)),
);
export const $findings = computed([$split, $reviewAnswers], (split, answers) =>
  findings(split.applicable, Object.values(answers)),
);
export const $blocking = computed([$split, $reviewAnswers], (split, answers) =>
  blockingFindings(split.applicable, Object.values(answers)),
);
export const $latest = computed($revisions, (revisions) => revisions[revisions.length - 1] ?? null);

interface StoredReview {
  review: Review;
  revisions: Review[];
  answers: ReviewAnswer[];
  log: AuditEntry[];
  useCase: UseCase | undefined;
}

let openedId: string | null = null;

async function readReview(): Promise<StoredReview | null> {
  const id = openedId;
  if (id === null) return null;
  const review = await getReview(id);
  if (!review) return null;
  const [revisions, answers, log, useCase] = await Promise.all([
    listRevisions(review.lineageId),
    getReviewAnswers(review.id),
    getAuditLog(review.lineageId),
    review.subject.kind === 'use-case' ? getUseCase(review.subject.useCaseId) : Promise.resolve(undefined),
  ]);
  return { review, revisions, answers, log, useCase };
}

function showReview(stored: StoredReview | null): void {
  if (!stored) {
    if (openedId !== null) $reviewLoad.set({ kind: 'missing' });
    return;
  }
  $review.set(stored.review);
  $revisions.set(stored.revisions);
  $reviewAnswers.set(Object.fromEntries(stored.answers.map((answer) => [answer.itemId, answer])));
  $auditLog.set(stored.log);
  $useCase.set(stored.useCase ?? null);
  $reviewLoad.set({ kind: 'ready' });
  void checkHistory();
}

// The review page watches these atoms, so an answer, a sign-off or a reopening made in another
// tab shows here within a moment, and the history is checked again.
const feed = liveFeed([$review, $reviewAnswers, $auditLog, $reviewLoad], readReview, showReview, (message) =>
  $reviewLoad.set({ kind: 'error', message }),
);

/** The history's checks, fetched once: from the moment a review is opened, alongside its reading. */
let checks: Promise<[typeof import('../../lib/governance/auditChain'), typeof import('../../lib/governance/replay')]> | null =
  null;
const loadChecks = () =>
  (checks ??= Promise.all([import('../../lib/governance/auditChain'), import('../../lib/governance/replay')]).catch(
    (error: unknown) => {
      checks = null;
      throw error;
    },
  ));

/** Opens a revision and keeps it live; resolves once it has been read. */
export async function openReview(id: string): Promise<void> {
  openedId = id;
  loadChecks().catch(() => undefined);
  $reviewLoad.set({ kind: 'loading' });
  await feed.reload();
  await loadReviewer();
  await checkHistory();
}

/**
 * Re-checks the history on screen; the latest revision is also compared with what the history
 * records. The checks' code is fetched while the review is read; the review page waits for the
 * first verdict, so the line does not change size under the reader.
 */
async function checkHistory(): Promise<void> {
  const review = $review.get();
  const log = $auditLog.get();
  if (!review) return;
  try {
    const [{ verifyChain }, { replayMatches }] = await loadChecks();
    const chain = await verifyChain(log);
    const latest = $latest.get();
    const replay = latest && latest.id === review.id ? replayMatches(log, review, Object.values($reviewAnswers.get())) : null;
    $history.set({ chain, replay, entries: log.length });
  } catch (error) {
    $history.set({ failed: error instanceof Error ? error.message : String(error) });
  }
}

/** Adds a freshly written entry to the history on screen and checks it again. */
export async function noteEntry(entry: AuditEntry | null): Promise<void> {
  if (!entry) return;
  $auditLog.set([...$auditLog.get(), entry]);
  await checkHistory();
}

export async function setReviewer(name: string): Promise<void> {
  $reviewer.set(name);
  try {
    await setMeta(REVIEWER_KEY, name.trim());
  } catch {
    // Remembering the name is a convenience; the name on screen still applies to this visit.
  }
}

export async function loadReviewer(): Promise<void> {
  try {
    const stored = await getMeta(REVIEWER_KEY);
    if (typeof stored === 'string' && $reviewer.get() === '') $reviewer.set(stored);
  } catch {
    // See setReviewer: without storage the field simply starts empty.
  }
}
