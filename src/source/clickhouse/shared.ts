import type { Attrs, Resource, Scope } from '../../records.ts';

/**
 * Hands out one Resource / Scope object per distinct value within a page of rows, as the
 * OTLP decoder does per ResourceSpans / ScopeSpans: consumers and encoders cache by object
 * identity, and a page of a busy service would otherwise carry thousands of equal copies.
 */
export class SharedObjects {
  private readonly resources = new Map<string, Resource>();
  private readonly scopes = new Map<string, Scope>();

  resource(serviceName: string, attributes: Attrs, schemaUrl: string): Resource {
    const key = JSON.stringify([serviceName, schemaUrl, attributes]);
    let r = this.resources.get(key);
    if (!r) {
      r = { serviceName, attributes, schemaUrl, droppedAttributesCount: 0 };
      this.resources.set(key, r);
    }
    return r;
  }

  scope(name: string, version: string, attributes: Attrs, schemaUrl: string, droppedAttributesCount = 0): Scope {
    const key = JSON.stringify([name, version, schemaUrl, droppedAttributesCount, attributes]);
    let s = this.scopes.get(key);
    if (!s) {
      s = { name, version, attributes, schemaUrl, droppedAttributesCount };
      this.scopes.set(key, s);
    }
    return s;
  }
}
