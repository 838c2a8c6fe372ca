import { parseArgs } from 'node:util';
import { apiError, callApi, configuredApi } from './api-client.ts';
import { usageError } from './usage.ts';

/**
 * `homeostat approve EXECUTION_ID` / `homeostat reject EXECUTION_ID --reason TEXT`: a person's
 * decision on an execution waiting for approval, through the running API (which records who).
 */
export async function decide(verb: 'approve' | 'reject', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { by: { type: 'string' }, reason: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' }, config: { type: 'string' } },
  });
  const [id] = positionals;
  if (!id || positionals.length > 1) return usageError(`${verb} needs EXECUTION_ID`);
  if (verb === 'reject' && !values.reason) return usageError('reject needs --reason TEXT');
  const { userInfo } = await import('node:os');
  const body = { by: values.by ?? userInfo().username, ...(verb === 'reject' ? { reason: values.reason } : {}) };
  const res = await callApi(new URL(`/api/executions/${encodeURIComponent(id)}/${verb}`, values.api || configuredApi(values.config)), values.token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res) return 1;
  if (res.status !== 200) return apiError(res);
  const x = (await res.json()) as { id: string; action: string; execution_status: string };
  process.stdout.write(`${x.id} ${x.action}: ${x.execution_status}\n`);
  return 0;
}
