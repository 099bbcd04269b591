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

/**
 * A collector of error diagnostics for one YAML file: `report(path, code,
 * message, hint?)` places each at the node `path` names.
 *
 * @example
 * const { diagnostics, report } = yamlErrorCollector(yaml, { claimId: 'c1' });
 * report(['claims', 0, 'predicate'], 'unknown-predicate', 'unknown predicate "x"');
 */
export const yamlErrorCollector = (yaml: YamlFile, subject: DiagnosticSubject, basePath: YamlPath = []) => {
  const diagnostics: Diagnostic[] = [];
  const report = (path: YamlPath, code: LoadCode, message: string, hint?: string): void => {
    diagnostics.push(
      createDiagnostic(code, message, { file: yaml.file, start: yaml.placeOf([...basePath, ...path]) }, {
        ...(subject.claimId !== undefined ? { claimId: subject.claimId } : {}),
        ...(subject.sourceId !== undefined ? { sourceId: subject.sourceId } : {}),
        ...(hint !== undefined ? { hint } : {}),
      }),
    );
  };
  return { diagnostics, report };
};
