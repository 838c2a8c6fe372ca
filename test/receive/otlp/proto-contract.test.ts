// The proto/ definitions must agree with the wire-field contract table, field for field:
// numbers, names, types, repeated/optional, oneofs, reserved ranges, enums and services.
import fs from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { loadRoot, repoRoot } from './proto-root.ts';

interface CField { number: number; name: string; type: string; label: '' | 'repeated' | 'optional'; oneof?: string }
interface CMessage { fields: CField[]; reserved: number[] }
interface Contract {
  messages: Map<string, CMessage>;
  enums: Map<string, Map<string, number>>;
  services: Map<string, { method: string; request: string; response: string }[]>;
}

// A copy of the project's OTLP wire-field contract table, kept with the tests so they stand on their own.
const contractPath = path.resolve(repoRoot, 'test/fixtures/otlp-wire-fields.md');

type Kind = 'message' | 'enum' | 'service' | '';

/** Parses the markdown table: "## <package>", "**message X**", "- N: `name` [repeated|optional] type", oneof blocks. */
function parseContract(text: string): Contract {
  const c: Contract = { messages: new Map(), enums: new Map(), services: new Map() };
  let pkg = '';
  let kind = '' as Kind;
  let current = '';
  let oneof: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^## (\S+)/))) {
      pkg = m[1];
      kind = '';
    } else if ((m = line.match(/^\*\*(message|enum|service) ([\w.]+)\*\*/))) {
      kind = m[1] as Kind;
      current = `${pkg}.${m[2]}`;
      oneof = undefined;
      if (kind === 'message' && !c.messages.has(current)) c.messages.set(current, { fields: [], reserved: [] });
      if (kind === 'enum') c.enums.set(current, new Map());
      if (kind === 'service') c.services.set(current, []);
    } else if (kind === 'message' && (m = line.match(/^- reserved ([\d, ]+);/))) {
      c.messages.get(current)!.reserved.push(...m[1].split(',').map((s) => Number(s.trim())));
    } else if (kind === 'message' && (m = line.match(/^- oneof `(\w+)`:/))) {
      oneof = m[1];
    } else if (kind === 'message' && (m = line.match(/^(\s*)- (\d+): `(\w+)` (?:(repeated|optional) )?([\w.]+)$/))) {
      if (m[1] === '') oneof = undefined;
      c.messages.get(current)!.fields.push({
        number: Number(m[2]),
        name: m[3],
        type: m[5],
        label: (m[4] ?? '') as CField['label'],
        oneof: m[1] === '' ? undefined : oneof,
      });
    } else if (kind === 'enum' && (m = line.match(/^- (\w+) = (0x[0-9A-Fa-f]+|\d+)$/))) {
      c.enums.get(current)!.set(m[1], Number(m[2]));
    } else if (kind === 'service' && (m = line.match(/^- rpc `(\w+)\(([\w.]+)\) returns \(([\w.]+)\)`/))) {
      c.services.get(current)!.push({ method: m[1], request: m[2], response: m[3] });
    }
  }
  return c;
}

const contract = parseContract(fs.readFileSync(contractPath, 'utf8'));
const root = loadRoot();
const SCALARS = new Set(['double', 'float', 'int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64', 'bool', 'string', 'bytes']);

/** Full name of a contract type written relative to message `owner` (proto scoping rules). */
function resolveName(owner: protobuf.Type, t: string): string {
  if (SCALARS.has(t)) return t;
  const found = owner.lookupTypeOrEnum(t);
  return found.fullName.replace(/^\./, '');
}

function allTypes(ns: protobuf.NamespaceBase, out: protobuf.Type[] = []): protobuf.Type[] {
  for (const obj of ns.nestedArray) {
    if (obj instanceof protobuf.Type) out.push(obj);
    if (obj instanceof protobuf.Namespace || obj instanceof protobuf.Type) allTypes(obj as protobuf.NamespaceBase, out);
  }
  return out;
}

describe('proto/ agrees with the OTLP wire-field contract', () => {
  it('the contract parsed into a plausible table', () => {
    expect(contract.messages.size).toBeGreaterThanOrEqual(40);
    expect(contract.messages.get('opentelemetry.proto.trace.v1.Span')!.fields.length).toBe(16);
    expect(contract.enums.size).toBe(7);
    expect(contract.services.size).toBe(3);
  });

  for (const [name, cm] of contract.messages) {
    it(`message ${name}`, () => {
      const t = root.lookupType(name);
      const protoFields = new Map(t.fieldsArray.map((f) => [f.id, f]));
      for (const cf of cm.fields) {
        const f = protoFields.get(cf.number);
        expect(f, `${name} field ${cf.number}`).toBeDefined();
        if (!f) continue;
        expect(f.name, `${name}.${cf.number} name`).toBe(snakeToCamelOrSame(cf.name, f.name));
        const protoType = f.resolvedType ? f.resolvedType.fullName.replace(/^\./, '') : f.type;
        expect(protoType, `${name}.${cf.name} type`).toBe(resolveName(t, cf.type));
        expect(f.repeated, `${name}.${cf.name} repeated`).toBe(cf.label === 'repeated');
        const isProto3Optional = f.options?.proto3_optional === true;
        expect(isProto3Optional, `${name}.${cf.name} optional`).toBe(cf.label === 'optional');
        if (cf.oneof) expect(f.partOf?.name, `${name}.${cf.name} oneof`).toBe(cf.oneof);
        else if (!isProto3Optional) expect(f.partOf, `${name}.${cf.name} not in a oneof`).toBeNull();
      }
      expect([...protoFields.keys()].sort((a, b) => a - b), `${name} has no extra fields`).toEqual(cm.fields.map((f) => f.number).sort((a, b) => a - b));
      const reserved = (t.reserved ?? []).flatMap((r) => (Array.isArray(r) ? range(r[0], r[1]) : []));
      expect(reserved.sort((a, b) => a - b), `${name} reserved`).toEqual([...cm.reserved].sort((a, b) => a - b));
    });
  }

  for (const [name, values] of contract.enums) {
    it(`enum ${name}`, () => {
      const e = root.lookupEnum(name);
      expect(new Map(Object.entries(e.values))).toEqual(values);
    });
  }

  for (const [name, methods] of contract.services) {
    it(`service ${name}`, () => {
      const s = root.lookupService(name);
      expect(s.methodsArray.length).toBe(methods.length);
      for (const m of methods) {
        const pm = s.methods[m.method];
        expect(pm).toBeDefined();
        pm.resolve();
        expect(pm.resolvedRequestType!.name).toBe(m.request);
        expect(pm.resolvedResponseType!.name).toBe(m.response);
      }
    });
  }

  it('proto/ defines no message the contract lacks', () => {
    const defined = allTypes(root).map((t) => t.fullName.replace(/^\./, ''));
    for (const n of defined) expect(contract.messages.has(n), n).toBe(true);
  });
});

// protobufjs converts field names to camelCase unless keepCase is set; accept either spelling.
function snakeToCamelOrSame(snake: string, actual: string): string {
  const camel = snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return actual === snake ? snake : camel;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
