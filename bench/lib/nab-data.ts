// Discovery of NAB corpus files and their label windows.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CorpusFile {
  /** "<category>/<file>.csv", the key used by combined_windows.json. */
  key: string;
  category: string;
  path: string;
}

export async function listCorpus(dataRoot: string): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  const dataDir = join(dataRoot, 'data');
  for (const category of (await readdir(dataDir)).sort()) {
    let files: string[];
    try {
      files = await readdir(join(dataDir, category));
    } catch {
      continue; // a stray file next to the category folders
    }
    for (const f of files.sort()) if (f.endsWith('.csv')) out.push({ key: `${category}/${f}`, category, path: join(dataDir, category, f) });
  }
  return out;
}

export async function loadWindows(dataRoot: string): Promise<Record<string, [string, string][]>> {
  return JSON.parse(await readFile(join(dataRoot, 'labels', 'combined_windows.json'), 'utf8')) as Record<string, [string, string][]>;
}
