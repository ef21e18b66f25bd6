// team_rollup_200_ms: the team view's roll-up of one survey round of 200 respondents in 8 teams,
// each answering every capability of the real questionnaire (a level for most, some "don't know"
// and "not applicable"). It times the portal's own code (src/lib/reports/steeringTeam.ts: the
// organisation, each team, the disagreements and the labels), bundled with esbuild and run in
// Node, because it is pure code with no page around it. Median of 9 runs after 3 warm-up runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';

const RESPONDENTS = 200;
const TEAMS = 8;
const RUNS = 9;

function capabilities() {
  return ['people', 'process', 'platform'].flatMap((dimension) => {
    const folder = join('content', 'assessment', dimension);
    return readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => parse(readFileSync(join(folder, name), 'utf8')))
      .map(({ id, title, weight }) => ({ id, title, dimension, weight: weight ?? 1 }));
  });
}

/** A fixed pseudo-random sequence, so every run rolls up the same answers. */
function random(seed) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function respondents(list) {
  const next = random(7);
  const hash = 'a'.repeat(64);
  return Array.from({ length: RESPONDENTS }, (_, index) => ({
    id: `respondent-${String(index).padStart(4, '0')}`,
    assessmentName: `Survey, respondent ${index}`,
    name: `Respondent ${index}`,
    role: 'Practitioner',
    team: `Team ${index % TEAMS}`,
    round: '2026 Q4 survey',
    questionnaire: { id: 'mlops-maturity', version: '1.0.0', hash },
    answers: list.map((capability) => {
      const roll = next();
      if (roll < 0.08) return { capabilityId: capability.id, state: 'dont-know', level: null, target: null };
      if (roll < 0.11) return { capabilityId: capability.id, state: 'not-applicable', level: null, target: null };
      return { capabilityId: capability.id, state: 'level', level: Math.floor(next() * 5), target: null };
    }),
  }));
}

export async function benchTeamRollup() {
  const bundled = await build({
    entryPoints: ['src/lib/reports/steeringTeam.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const source = bundled.outputFiles[0].text;
  const { teamSection } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const list = capabilities();
  const group = {
    key: 'mlops-maturity/2026 Q4 survey',
    questionnaireId: 'mlops-maturity',
    round: '2026 Q4 survey',
    respondents: respondents(list),
  };
  const frame = { version: '1.0.0', hash: 'a'.repeat(64), capabilities: list };
  const timings = [];
  for (let run = 0; run < RUNS + 3; run += 1) {
    const started = performance.now();
    const section = teamSection(frame, group, run % 2 === 0 ? 'named' : 'anonymous');
    const elapsed = performance.now() - started;
    if (section.respondents !== RESPONDENTS || section.capabilities.length !== list.length)
      throw new Error('The roll-up did not cover every respondent and capability.');
    if (run >= 3) timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  return {
    team_rollup_200_ms: Math.round(timings[Math.floor(timings.length / 2)] * 10) / 10,
    team_rollup_capabilities: list.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchTeamRollup());
