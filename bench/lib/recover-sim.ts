// A simulated stream of incidents for the recovery learner: problem mixes where one candidate
// action really fixes each problem and the others rarely do, with the catalog's priors and
// order knowing nothing of which one it is. Three ways of choosing the first action run over
// the same incidents and the same luck (common random numbers):
//   catalog:  the catalog's order (what the engine does without learning);
//   thompson: the recover stage's learner (the same thompson / mostSpecific / learnedFirst);
//   oracle:   the truly best action the policy allows (a bound, not a method).
// Policy is part of each mix: rollback_deployment waits for approval (HIGH), and in some
// mixes one MEDIUM action is switched off, so a choice the policy forbids would show.
import { BUILTIN_ACTIONS } from '../../src/recover/index.ts';
import { learnedFirst, mostSpecific, thompson, type Verdict } from '../../src/recover/learning.ts';
import { seededRandom } from '../../src/random.ts';

export interface Problem {
  category: string;
  signature: string;
  /** In catalog order. */
  candidates: string[];
  /** True probability that each candidate fixes this problem. */
  truth: Record<string, number>;
  weight: number;
}

export interface Mix {
  seed: number;
  problems: Problem[];
  verdicts: Record<string, Verdict>;
  priors: Record<string, number>;
}

/** The document's six actions with their priors, and the scenario actions a catalog adds (prior 0.5, the catalog's default). */
const POOL: Record<string, number> = {
  ...Object.fromEntries(BUILTIN_ACTIONS.map((a) => [a.name, a.successRate])),
  refresh_tokens: 0.5,
  route_to_healthy_instances: 0.5,
  enable_circuit_breaker: 0.5,
  switch_to_backup_database: 0.5,
};
const MEDIUM = BUILTIN_ACTIONS.filter((a) => a.risk === 'MEDIUM').map((a) => a.name);
const CATEGORIES = ['DATABASE', 'API', 'PERFORMANCE', 'AUTHENTICATION'];

export function makeMix(seed: number): Mix {
  const r = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const names = Object.keys(POOL);
  const problems: Problem[] = [];
  const nProblems = 5 + Math.floor(r() * 4);
  for (let i = 0; i < nProblems; i++) {
    const k = 3 + Math.floor(r() * 2);
    const candidates: string[] = [];
    while (candidates.length < k) {
      const n = pick(names);
      if (!candidates.includes(n)) candidates.push(n);
    }
    const right = pick(candidates);
    const truth = Object.fromEntries(candidates.map((c) => [c, c === right ? 0.75 + r() * 0.2 : 0.05 + r() * 0.4]));
    problems.push({ category: CATEGORIES[i % CATEGORIES.length], signature: `sig-${seed}-${i}`, candidates, truth, weight: 1 / (1 + i) });
  }
  const verdicts: Record<string, Verdict> = Object.fromEntries(names.map((n) => [n, 'now' as Verdict]));
  verdicts.rollback_deployment = 'approval';
  if (r() < 0.5) verdicts[pick(MEDIUM)] = 'refused';
  return { seed, problems, verdicts, priors: POOL };
}

export type Strategy = 'catalog' | 'thompson' | 'oracle';

export interface SimResult {
  strategy: Strategy;
  incidents: number;
  /** Share of incidents whose first action was the best one the policy allows now (else: waits for approval). */
  firstBestEarly: number;
  firstBestLate: number;
  /** Actions tried per incident, late half. */
  attemptsLate: number;
  /** Incidents no candidate fixed, late half. */
  unresolvedLate: number;
  /** Learned first choices the policy refuses, or that wait for approval while another could run now: must be 0. */
  policyViolations: number;
}

const EARLY = 20;

export async function simulate(mix: Mix, strategy: Strategy, incidents: number, priorStrength = 2): Promise<SimResult> {
  // The environment's randomness (which problem, and each action's luck) is the mix's, the same for every strategy.
  const env = seededRandom(mix.seed * 7919 + 1);
  const sampler = seededRandom(mix.seed * 104729 + 3);
  const total = mix.problems.reduce((s, p) => s + p.weight, 0);
  const counts = new Map<string, { successes: number; failures: number }>();
  const key = (cat: string, sig: string, a: string) => `${cat}|${sig}|${a}`;
  const bump = (p: Problem, a: string, ok: boolean) => {
    for (const sig of ['', p.signature]) {
      const k = key(p.category, sig, a);
      const c = counts.get(k) ?? { successes: 0, failures: 0 };
      if (ok) c.successes++;
      else c.failures++;
      counts.set(k, c);
    }
  };
  let firstBestEarly = 0;
  let firstBestLate = 0;
  let attemptsLate = 0;
  let unresolvedLate = 0;
  let violations = 0;
  const late = Math.floor(incidents / 2);
  for (let i = 0; i < incidents; i++) {
    let x = env() * total;
    const p = mix.problems.find((q) => (x -= q.weight) < 0) ?? mix.problems[mix.problems.length - 1];
    const luck = Object.fromEntries(p.candidates.map((c) => [c, env()]));
    const allowed = p.candidates.filter((c) => mix.verdicts[c] !== 'refused');
    const runNow = allowed.filter((c) => mix.verdicts[c] === 'now');
    const pool = runNow.length > 0 ? runNow : allowed;
    const best = [...pool].sort((a, b) => p.truth[b] - p.truth[a])[0];

    let order: string[];
    let learned = false;
    if (strategy === 'oracle') {
      order = [...allowed].sort((a, b) => (mix.verdicts[a] === mix.verdicts[b] ? p.truth[b] - p.truth[a] : mix.verdicts[a] === 'now' ? -1 : 1));
    } else {
      order = [...p.candidates];
      if (strategy === 'thompson') {
        const rows = [...counts.entries()]
          .filter(([k]) => k.startsWith(`${p.category}|`))
          .map(([k, c]) => {
            const [, sig, action] = k.split('|');
            return { action, signature: sig, ...c };
          })
          .filter((row) => row.signature === '' || row.signature === p.signature);
        const records = mostSpecific(rows, p.candidates);
        // As the stage: the catalog's order until the category has any record.
        if ([...records.values()].some((rec) => rec.level !== 'none')) {
          const draws = thompson(p.candidates.map((a) => ({ action: a, prior: mix.priors[a], record: records.get(a)! })), priorStrength, sampler);
          const first = await learnedFirst(draws, async (a) => mix.verdicts[a]);
          if (first) {
            order = [first.action, ...p.candidates.filter((c) => c !== first.action)];
            learned = true;
          }
        }
      }
      order = order.filter((c) => mix.verdicts[c] !== 'refused');
    }
    const first = order[0];
    // Only a learned choice can break the rule: the catalog's order is the operator's.
    if (learned && first !== undefined && (mix.verdicts[first] === 'refused' || (mix.verdicts[first] === 'approval' && runNow.length > 0))) violations++;
    if (i < EARLY && first === best) firstBestEarly++;
    if (i >= late && first === best) firstBestLate++;
    let fixed = false;
    let tried = 0;
    for (const a of order) {
      tried++;
      const ok = luck[a] < p.truth[a];
      bump(p, a, ok);
      if (ok) {
        fixed = true;
        break;
      }
    }
    if (i >= late) {
      attemptsLate += tried;
      if (!fixed) unresolvedLate++;
    }
  }
  const n = incidents - late;
  return {
    strategy,
    incidents,
    firstBestEarly: firstBestEarly / Math.min(EARLY, incidents),
    firstBestLate: firstBestLate / n,
    attemptsLate: attemptsLate / n,
    unresolvedLate: unresolvedLate / n,
    policyViolations: violations,
  };
}

/** Means over several mixes. */
export async function evaluate(seeds: number[], strategy: Strategy, incidents: number, priorStrength = 2): Promise<SimResult> {
  const rs = await Promise.all(seeds.map((s) => simulate(makeMix(s), strategy, incidents, priorStrength)));
  const mean = (f: (r: SimResult) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
  return {
    strategy,
    incidents,
    firstBestEarly: mean((r) => r.firstBestEarly),
    firstBestLate: mean((r) => r.firstBestLate),
    attemptsLate: mean((r) => r.attemptsLate),
    unresolvedLate: mean((r) => r.unresolvedLate),
    policyViolations: rs.reduce((s, r) => s + r.policyViolations, 0),
  };
}
