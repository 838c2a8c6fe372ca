// Resource and InstrumentationScope, decoded once per ResourceX / ScopeX and shared by
// reference by every item under them. Both are created empty before their fields are seen
// because protobuf does not order fields: schema_url (field 3) normally follows the items,
// and filling the shared object in place updates every item already decoded.
import { attr, type Resource, type Scope } from '../../records.ts';
import { readAttribute, jsonAttributes } from './attributes.ts';
import type { DecodeState } from './decode-state.ts';
import { jsonString, jsonU32 } from './json-fields.ts';
import type { ProtoReader } from './proto-reader.ts';

const RESOURCE = 'opentelemetry.proto.resource.v1.Resource';
const RESOURCE_KNOWN = 0b1110;
const SCOPE = 'opentelemetry.proto.common.v1.InstrumentationScope';
const SCOPE_KNOWN = 0b11110;

export function newResource(): Resource {
  return { attributes: [], droppedAttributesCount: 0, schemaUrl: '', serviceName: '' };
}

export function newScope(): Scope {
  return { name: '', version: '', attributes: [], droppedAttributesCount: 0, schemaUrl: '' };
}

/** Reads a Resource message in [r.pos, end) into `res` (entity_refs are skipped). */
export function readResource(r: ProtoReader, end: number, st: DecodeState<unknown>, res: Resource): void {
  const outer = r.msg;
  r.msg = RESOURCE;
  while (r.pos < end) {
    const t = r.tag(end);
    if (t === ((1 << 3) | 2)) res.droppedAttributesCount += readAttribute(r, end, st, res.attributes);
    else if (t === ((2 << 3) | 0)) res.droppedAttributesCount += r.uint32(end);
    else r.skip(t, end, RESOURCE_KNOWN);
  }
  res.serviceName = attr(res.attributes, 'service.name') ?? '';
  r.msg = outer;
}

export function readScope(r: ProtoReader, end: number, st: DecodeState<unknown>, scope: Scope): void {
  const outer = r.msg;
  r.msg = SCOPE;
  while (r.pos < end) {
    const t = r.tag(end);
    switch (t) {
      case (1 << 3) | 2:
        scope.name = st.capName(r.string(end));
        break;
      case (2 << 3) | 2:
        scope.version = r.string(end);
        break;
      case (3 << 3) | 2:
        scope.droppedAttributesCount += readAttribute(r, end, st, scope.attributes);
        break;
      case (4 << 3) | 0:
        scope.droppedAttributesCount += r.uint32(end);
        break;
      default:
        r.skip(t, end, SCOPE_KNOWN);
    }
  }
  r.msg = outer;
}

type Obj = Record<string, unknown>;

export function jsonResource(v: unknown, st: DecodeState<unknown>): Resource {
  const res = newResource();
  if (v === undefined || v === null) return res;
  if (typeof v !== 'object' || Array.isArray(v)) st.badJson('resource', 'expected an object');
  const o = v as Obj;
  st.path.push('resource');
  res.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', res.attributes);
  res.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  st.path.pop();
  res.serviceName = attr(res.attributes, 'service.name') ?? '';
  return res;
}

export function jsonScope(v: unknown, st: DecodeState<unknown>): Scope {
  const scope = newScope();
  if (v === undefined || v === null) return scope;
  if (typeof v !== 'object' || Array.isArray(v)) st.badJson('scope', 'expected an object');
  const o = v as Obj;
  st.path.push('scope');
  scope.name = st.capName(jsonString(o.name, st, 'name'));
  scope.version = jsonString(o.version, st, 'version');
  scope.droppedAttributesCount = jsonAttributes(o.attributes, st, 'attributes', scope.attributes);
  scope.droppedAttributesCount += jsonU32(o.droppedAttributesCount ?? o.dropped_attributes_count, st, 'droppedAttributesCount');
  st.path.pop();
  return scope;
}
