// Reference point for the bench: mask variables with one regex, then use the masked line
// itself as the template key. No tree and no merging, so any variable the regex misses
// (user names, table names, paths without digits) creates a new "template".

const MASK = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|0x[0-9a-f]+|\b[0-9a-f]{12,}\b|\d+(?:[.:]\d+)*/gi;

export class NaiveTemplater {
  private readonly ids = new Map<string, number>();

  add(line: string): number {
    const key = line.replace(MASK, '<*>');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}
