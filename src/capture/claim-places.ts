/**
 * Where each claim's evidence is written: for every claim file of a folder,
 * the mapping that holds a quote (`quote` + `prefix`/`suffix` on the claim,
 * or one `evidence` entry with its `source`, `start`, `end`), with the words
 * as written. The k-th place of a claim is its k-th evidence span once loaded.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { editableYaml, type EditableYaml } from './yaml-edits.js';
import { MAX_YAML_FILE_BYTES } from '../claims/load-corpus.js';
import { readFolderText } from '../files/read-folder-text.js';

export interface WrittenQuote {
  readonly quote: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly start?: number;
  readonly end?: number;
}

export interface EvidencePlace {
  readonly claimId: string;
  /** The claim file, relative to the folder. */
  readonly file: string;
  /** The YAML path of the mapping holding the quote. */
  readonly path: readonly (string | number)[];
  /** The source the quote is taken from (the evidence entry's, else the file's). */
  readonly source: string | undefined;
  /** The order of this place among the claim's evidence. */
  readonly index: number;
  readonly written: WrittenQuote;
}

export interface ClaimFilePlaces {
  readonly file: string;
  readonly yaml: EditableYaml;
  readonly places: readonly EvidencePlace[];
}

const str = (map: YAMLMap, key: string): string | undefined => {
  const v = map.get(key);
  return typeof v === 'string' ? v : undefined;
};
const num = (map: YAMLMap, key: string): number | undefined => {
  const v = map.get(key);
  return typeof v === 'number' ? v : undefined;
};

const written = (map: YAMLMap): WrittenQuote | undefined => {
  const quote = str(map, 'quote');
  if (quote === undefined) return undefined;
  const prefix = str(map, 'prefix');
  const suffix = str(map, 'suffix');
  const start = num(map, 'start');
  const end = num(map, 'end');
  return {
    quote,
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
  };
};

/** The evidence places of one claim file's text (`undefined` when it is not valid YAML). */
export const claimFilePlaces = (file: string, text: string): ClaimFilePlaces | undefined => {
  const yaml = editableYaml(text);
  if (yaml === undefined) return undefined;
  const root = yaml.doc.contents;
  if (!isMap(root)) return { file, yaml, places: [] };
  const sourceValue: unknown = root.get('source');
  const defaultSource = typeof sourceValue === 'string' ? sourceValue : undefined;
  const claims = root.get('claims', true);
  const places: EvidencePlace[] = [];
  if (!isSeq(claims)) return { file, yaml, places };
  claims.items.forEach((item, i) => {
    if (!isMap(item)) return;
    const id = item.get('id');
    if (typeof id !== 'string') return;
    const top = written(item);
    if (top !== undefined) {
      places.push({ claimId: id, file, path: ['claims', i], source: defaultSource, index: 0, written: top });
      return;
    }
    const evidence = item.get('evidence', true);
    if (!isSeq(evidence)) return;
    evidence.items.forEach((ev, k) => {
      if (!isMap(ev)) return;
      const w = written(ev);
      if (w === undefined) return;
      const source = ev.get('source');
      places.push({ claimId: id, file, path: ['claims', i, 'evidence', k], source: typeof source === 'string' ? source : defaultSource, index: k, written: w });
    });
  });
  return { file, yaml, places };
};

/** The places of every claim file named, read from `folder`. Unreadable or invalid files are skipped (the loader reports them). */
export const folderClaimPlaces = (folder: string, files: Iterable<string>): ClaimFilePlaces[] => {
  const out: ClaimFilePlaces[] = [];
  for (const file of [...new Set(files)].sort()) {
    const read = readFolderText(folder, file, { maxBytes: MAX_YAML_FILE_BYTES });
    if (read.status !== 'read') continue;
    const text = read.text;
    const places = claimFilePlaces(file, text);
    if (places !== undefined) out.push(places);
  }
  return out;
};
