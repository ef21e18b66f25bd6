// The workspace the exchange benchmark exports and imports: 10,000 use cases (with a rating each),
// 50 assessments (27 answers each) and 20 governance reviews with intact hash-chained histories,
// built from the released report fixture so every record passes the file schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { generateBacklog } from './backlogData.mjs';

const FIXTURE = 'tests/fixtures/exchange/released/report-v1.json';

function canonicalJson(value) {
  const sort = (item) => {
    if (Array.isArray(item)) return item.map(sort);
    if (item !== null && typeof item === 'object')
      return Object.fromEntries(
        Object.entries(item)
          .filter(([, member]) => member !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, member]) => [key, sort(member)]),
      );
    return item;
  };
  return JSON.stringify(sort(value));
}
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export function generateWorkspace({ useCases = 10_000, assessments = 50, reviews = 20 } = {}) {
  const file = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const base = file.payload.data;
  const [assessment] = base.assessments;
  const [answer] = base.answers.filter((row) => row.state === 'level');
  const [milestone] = base.milestones;
  const data = {
    ...base,
    ...generateBacklog(useCases),
    assessments: [],
    answers: [],
    milestones: [],
    reviews: [],
    reviewAnswers: [],
    auditLog: [],
  };
  for (let i = 0; i < assessments; i += 1) {
    const id = `bench-assessment-${String(i).padStart(3, '0')}`;
    data.assessments.push({ ...assessment, id, name: `Generated assessment ${i}`, team: `Team ${i % 7}` });
    const answers = Array.from({ length: 27 }, (_, c) => ({
      ...answer,
      assessmentId: id,
      capabilityId: `capability-${c + 1}`,
      level: (i + c) % 5,
    }));
    data.answers.push(...answers);
    if (i % 5 === 0)
      data.milestones.push({ ...milestone, id: `${id}-baseline`, assessmentId: id, assessment: { ...assessment, id }, answers });
  }
  for (let r = 0; r < reviews; r += 1) {
    const lineageId = `bench-lineage-${String(r).padStart(2, '0')}`;
    const reviewId = `${lineageId}-r1`;
    data.reviews.push(...base.reviews.map((review) => ({ ...review, id: reviewId, lineageId })));
    data.reviewAnswers.push(...base.reviewAnswers.map((row) => ({ ...row, reviewId })));
    let previous = null;
    for (const entry of [...base.auditLog].sort((a, b) => a.seq - b.seq)) {
      const next = {
        ...entry,
        id: `${lineageId}-entry-${entry.seq}`,
        lineageId,
        reviewId,
        prevHash: previous ? sha256(canonicalJson(previous)) : '',
      };
      data.auditLog.push(next);
      previous = next;
    }
  }
  const exported = {
    ...file,
    exportedAt: '2026-12-01T12:00:00.000Z',
    title: 'Benchmark workspace',
    payload: { ...file.payload, data },
  };
  return { text: JSON.stringify(exported), rows: data };
}
