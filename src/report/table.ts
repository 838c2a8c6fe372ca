// `homeostat report`: the daily rows as a table, then the period's figures against the design
// document's success criteria (automated recovery rate, recovery success rate, MTTR, escalation
// share, availability, false-positive rate).
import type { DailyMetrics } from './daily.ts';

export function reportTable(rows: DailyMetrics[]): string {
  const head = ['date', 'errors', 'false pos.', 'automated', 'successful', 'escalated', 'avg recovery', 'availability'];
  const body = rows.map((r) => [
    r.date, String(r.totalErrors), String(r.falsePositives), String(r.automatedRecoveries), String(r.successfulRecoveries), String(r.escalatedErrors),
    duration(r.averageRecoveryTimeS), pct(r.systemAvailability, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  if (!rows.length) out.push('(no days recorded in this period)');
  const sum = (f: (r: DailyMetrics) => number) => rows.reduce((a, r) => a + f(r), 0);
  const errors = sum((r) => r.totalErrors);
  const automated = sum((r) => r.automatedRecoveries);
  const successful = sum((r) => r.successfulRecoveries);
  const escalated = sum((r) => r.escalatedErrors);
  const falsePositives = sum((r) => r.falsePositives);
  const labelled = sum((r) => r.labelledErrors);
  const timed = rows.filter((r) => r.averageRecoveryTimeS !== null && r.successfulRecoveries > 0);
  const mttr = timed.length ? sum((r) => (timed.includes(r) ? r.averageRecoveryTimeS! * r.successfulRecoveries : 0)) / sum((r) => (timed.includes(r) ? r.successfulRecoveries : 0)) : null;
  const avail = rows.filter((r) => r.systemAvailability !== null);
  const availability = avail.length ? avail.reduce((a, r) => a + r.systemAvailability!, 0) / avail.length : null;
  out.push(
    '',
    `period: ${rows[0]?.date ?? '-'} .. ${rows.at(-1)?.date ?? '-'}`,
    `automated recovery rate   ${ratio(automated, errors)}  (recoveries run / errors; target >= 80%)`,
    `recovery success rate     ${ratio(successful, automated)}  (verified / run; target >= 90% low risk, >= 70% medium)`,
    `mean time to recovery     ${duration(mttr)}  (target < 5m)`,
    `escalated to people       ${ratio(escalated, errors)}  (target < 2%)`,
    `system availability       ${pct(availability, 3)}  (target >= 99.9%)`,
    `false positive rate       ${ratio(falsePositives, errors)}  (labelled not an incident / errors; ${labelled} of ${errors} labelled; target < 5%)`,
  );
  return `${out.join('\n')}\n`;
}

function ratio(n: number, d: number): string {
  return d > 0 ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : `- (${n}/${d})`;
}

function pct(v: number | null, digits: number): string {
  return v === null ? '-' : `${(v * 100).toFixed(digits)}%`;
}

function duration(s: number | null): string {
  if (s === null) return '-';
  if (s < 60) return `${s.toFixed(0)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.round((s % 3600) / 60)).padStart(2, '0')}m`;
}
