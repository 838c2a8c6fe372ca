// The OTLP/JSON envelope shared by all signals: parse the text, then walk
// resourceX[] → scopeX[] → items[], building each Resource and Scope once and handing every
// item object to the signal's decoder together with its index for rejection reasons.
import { InvalidInputError } from '../../errors.ts';
import type { Resource, Scope } from '../../records.ts';
import type { DecodeState } from './decode-state.ts';
import { jsonArray, jsonObject, jsonString } from './json-fields.ts';
import { checkJsonNesting } from './json-nesting.ts';
import { jsonResource, jsonScope } from './resource-scope.ts';

export type JsonObj = Record<string, unknown>;

/** Field names of one signal's envelope, camelCase with the snake_case spelling proto3 parsers also accept. */
export interface JsonEnvelope {
  resources: string;
  resourcesSnake: string;
  scopes: string;
  scopesSnake: string;
  items: string;
  itemsSnake: string;
}

export type JsonItemDecoder<T> = (o: JsonObj, st: DecodeState<T>, res: Resource, scope: Scope, index: number) => void;

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InvalidInputError(`invalid JSON: ${(err as Error).message}`);
  }
}

export function walkJson<T>(text: string, st: DecodeState<T>, env: JsonEnvelope, decodeItem: JsonItemDecoder<T>): void {
  checkJsonNesting(text, st.maxDepth);
  const doc = parseJson(text);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InvalidInputError(`invalid OTLP/JSON: top level: expected an object with ${env.resources}`);
  }
  const top = doc as JsonObj;
  const resources = jsonArray(top[env.resources] ?? top[env.resourcesSnake], st, env.resources);
  const path = st.path;
  path.push(env.resources);
  for (let ri = 0; ri < resources.length; ri++) {
    const ro = jsonObject(resources[ri], st, ri);
    path.push(ri);
    const res = jsonResource(ro.resource, st);
    res.schemaUrl = jsonString(ro.schemaUrl ?? ro.schema_url, st, 'schemaUrl');
    const scopes = jsonArray(ro[env.scopes] ?? ro[env.scopesSnake], st, env.scopes);
    path.push(env.scopes);
    for (let si = 0; si < scopes.length; si++) {
      const so = jsonObject(scopes[si], st, si);
      path.push(si);
      const scope = jsonScope(so.scope, st);
      scope.schemaUrl = jsonString(so.schemaUrl ?? so.schema_url, st, 'schemaUrl');
      const items = jsonArray(so[env.items] ?? so[env.itemsSnake], st, env.items);
      path.push(env.items);
      for (let i = 0; i < items.length; i++) {
        const o = jsonObject(items[i], st, i);
        path.push(i);
        decodeItem(o, st, res, scope, i);
        path.pop();
      }
      path.pop();
      path.pop();
    }
    path.pop();
    path.pop();
  }
  path.pop();
}
