import { parseArgs } from 'node:util';
import { apiError, callApi, configuredApi } from './api-client.ts';
import { usageError } from './usage.ts';

/** `homeostat ack ID`: acknowledge an escalation (by its id or its incident's) through the running API; re-escalation stops. */
export async function ack(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { by: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' }, config: { type: 'string' } },
  });
  const [id] = positionals;
  if (!id || positionals.length > 1) return usageError('ack needs one ESCALATION_ID (or the incident id)');
  const { userInfo } = await import('node:os');
  const res = await callApi(new URL(`/api/escalations/${encodeURIComponent(id)}/ack`, values.api || configuredApi(values.config)), values.token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ by: values.by ?? userInfo().username, via: 'cli' }),
  });
  if (!res) return 1;
  if (res.status !== 200) return apiError(res);
  process.stdout.write(`${await res.text()}\n`);
  return 0;
}
