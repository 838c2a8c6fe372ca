import { parseArgs } from 'node:util';
import { apiError, callApi, configuredApi } from './api-client.ts';
import { usageError } from './usage.ts';

/** The verdict word for a false positive; `not-an-incident` is accepted too. */
const NOT_AN_INCIDENT = /^not[_-]an[_-]incident$/i;

/**
 * `homeostat label EVENT_ID CATEGORY`: correct (or confirm) an event's diagnosis through the
 * running API; `homeostat label EVENT_ID not_an_incident`: say it was a false positive.
 */
export async function label(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { by: { type: 'string' }, api: { type: 'string' }, token: { type: 'string' }, config: { type: 'string' } },
  });
  const [eventId, category] = positionals;
  if (!eventId || !category || positionals.length > 2) return usageError('label needs EVENT_ID CATEGORY (or EVENT_ID not_an_incident)');
  const { userInfo } = await import('node:os');
  const res = await callApi(new URL(`/api/events/${encodeURIComponent(eventId)}/label`, values.api || configuredApi(values.config)), values.token, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...(NOT_AN_INCIDENT.test(category) ? { not_an_incident: true } : { category: category.toUpperCase() }),
      labelled_by: values.by ?? userInfo().username,
    }),
  });
  if (!res) return 1;
  if (res.status !== 202) return apiError(res);
  process.stdout.write(`${await res.text()}\n`);
  return 0;
}

