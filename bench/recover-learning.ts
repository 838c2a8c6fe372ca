// Recovery learning bench: does the learner find the action that fixes each problem? Simulated
// problem mixes (bench/lib/recover-sim.ts), each incident's candidates tried in the order a
// strategy chooses until one works. Reported for the mixes looked at while writing the learner
// (in-sample, seeds 1-10) and for mixes never looked at before this run (held-out, seeds
// 1001-1030), with the catalog's order (no learning) and the oracle beside Thompson sampling.
// The prior weight n0 = 2 (learning.action_selection.prior_strength) was set before any
// simulation; the sweep below is in-sample only.
//   npm run bench:recover-learning -- [--incidents 200] [--json]
import { evaluate, type SimResult, type Strategy } from './lib/recover-sim.ts';

const argv = process.argv.slice(2);
let incidents = 200;
let json = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--incidents') incidents = Number(argv[++i]);
  else if (argv[i] === '--json') json = true;
  else throw new Error(`unknown argument ${argv[i]}`);
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const IN_SAMPLE = range(1, 10);
const HELD_OUT = range(1001, 1030);
const STRATEGIES: Strategy[] = ['catalog', 'thompson', 'oracle'];

const pct = (x: number) => `${(100 * x).toFixed(1)} %`.padStart(8);
const row = (label: string, r: SimResult) =>
  `${label.padEnd(22)}${pct(r.firstBestEarly)}${pct(r.firstBestLate)}${r.attemptsLate.toFixed(2).padStart(10)}${pct(r.unresolvedLate)}${String(r.policyViolations).padStart(12)}`;

const out: Record<string, Record<string, SimResult>> = { in_sample: {}, held_out: {} };
for (const [set, seeds] of [['in_sample', IN_SAMPLE], ['held_out', HELD_OUT]] as const) {
  for (const s of STRATEGIES) out[set][s] = await evaluate(seeds, s, incidents);
}
const sweep: Array<[number, SimResult]> = [];
for (const n0 of [0.5, 2, 8]) sweep.push([n0, await evaluate(IN_SAMPLE, 'thompson', incidents, n0)]);

if (json) {
  console.log(JSON.stringify({ incidents, ...out, prior_strength_in_sample: Object.fromEntries(sweep.map(([n0, r]) => [`n0_${n0}`, r])) }));
} else {
  console.log(`recovery learning: ${incidents} incidents per mix; first action = the best one policy lets run now`);
  console.log(`${''.padEnd(22)}${'first20'.padStart(8)}${'late½'.padStart(8)}${'tries'.padStart(10)}${'unfixed'.padStart(8)}${'violations'.padStart(12)}`);
  for (const [set, label] of [['in_sample', `in-sample (${IN_SAMPLE.length} mixes)`], ['held_out', `held-out (${HELD_OUT.length} mixes)`]] as const) {
    console.log(label);
    for (const s of STRATEGIES) console.log(row(`  ${s}${s === 'thompson' ? '' : ' (reference)'}`, out[set][s]));
  }
  console.log('prior strength n0, thompson, in-sample only');
  for (const [n0, r] of sweep) console.log(row(`  n0 = ${n0}`, r));
}
