/**
 * An error diagnostic placed at a node of a YAML file, naming the claim or
 * source it concerns.
 */
import { createDiagnostic, type Diagnostic } from '../model/message.js';
import type { LoadCode } from '../model/message-codes.js';
import type { YamlFile, YamlPath } from './yaml-file.js';

export interface DiagnosticSubject {
  readonly claimId?: string;
  readonly sourceId?: string;
}

/** Where a diagnostic about a mapping entry goes: at its value (the node), or at its key (an unknown key). */
export type PlaceAt = 'node' | 'key';

/**
 * A collector of error diagnostics for one YAML file: `report(path, code,
 * message, hint?, at?)` places each at the node `path` names, or at its key
 * when `at` is `key` (a key that should not be there is placed where it is
 * written, not at its value).
 *
 * @example
 * const { diagnostics, report } = yamlErrorCollector(yaml, { claimId: 'c1' });
 * report(['claims', 0, 'predicate'], 'unknown-predicate', 'unknown predicate "x"');
 * report(['claims', 0, 'value', 'hegde'], 'invalid-value', 'value: unknown key "hegde"', undefined, 'key');
 */
export const yamlErrorCollector = (yaml: YamlFile, subject: DiagnosticSubject, basePath: YamlPath = []) => {
  const diagnostics: Diagnostic[] = [];
  const report = (path: YamlPath, code: LoadCode, message: string, hint?: string, at: PlaceAt = 'node'): void => {
    const full = [...basePath, ...path];
    diagnostics.push(
      createDiagnostic(code, message, { file: yaml.file, start: at === 'key' ? yaml.placeOfKey(full) : yaml.placeOf(full) }, {
        ...(subject.claimId !== undefined ? { claimId: subject.claimId } : {}),
        ...(subject.sourceId !== undefined ? { sourceId: subject.sourceId } : {}),
        ...(hint !== undefined ? { hint } : {}),
      }),
    );
  };
  return { diagnostics, report };
};
