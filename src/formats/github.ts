/**
 * Format `github`: GitHub Actions workflow commands, so each problem is an
 * annotation on the pull request at its file and line:
 *
 * ```
 * ::error file=claims/claims/herald.yaml,line=4,col=5,title=claimtrace [value-conflict]::two sources give …%0Avalue-conflict:6b1f… (new: not in the baseline)%0A…
 * ```
 *
 * What fails the check is an `error` annotation; a reviewed finding whose
 * review carries over to new evidence a `notice` (with the old verdict);
 * anything else that does not fail a `warning` or a `notice` by its
 * severity; reviewed findings are left out, and so is coverage (values one
 * source gives are counted in the closing lines, not annotated). A
 * finding is annotated once in each claim file it has a claim in, so the
 * file a pull request changed carries it. Data is escaped as the runner
 * expects (`%`, CR, LF; in properties also `:` and `,`).
 */
import type { CheckItem } from '../check/check-report.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import type { FilePlace } from '../model/message.js';
import { itemDetails, itemMessage, itemPlace, itemRule, itemSeverity, summaryLines } from './check-text.js';
import { type OutputFormat, checkInputOf } from './format.js';

/** Escape a workflow command's message. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escape a workflow command's property value. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** What fails is an error; a review carried over to new evidence a notice; anything else by its severity. */
const levelOf = (item: CheckItem): 'error' | 'warning' | 'notice' =>
  item.fails ? 'error' : item.kind === 'finding' && item.status === 'new-evidence' ? 'notice' : itemSeverity(item) === 'warning' ? 'warning' : 'notice';

/** The places to annotate: a finding's first claim in each claim file; any other item's own place. */
const annotatedPlaces = (item: CheckItem): readonly (FilePlace | undefined)[] => {
  if (item.kind !== 'finding') return [itemPlace(item)];
  const byFile = new Map<string, FilePlace>();
  for (const l of item.locations) if (l.claim !== undefined && !byFile.has(l.claim.file)) byFile.set(l.claim.file, l.claim);
  return byFile.size > 0 ? [...byFile.values()] : [itemPlace(item)];
};

const command = (item: CheckItem, place: FilePlace | undefined, paths: PathOptions): string => {
  const properties = [
    ...(place !== undefined ? [`file=${escapeProperty(displayPath(place.file, paths))}`, `line=${place.start.line}`, `col=${place.start.column}`] : []),
    `title=${escapeProperty(`claimtrace [${itemRule(item)}]`)}`,
  ];
  const text = [itemMessage(item), ...itemDetails(item, paths)].join('\n');
  return `::${levelOf(item)} ${properties.join(',')}::${escapeData(text)}`;
};

export const githubFormat: OutputFormat = {
  id: 'github',
  summary: 'GitHub Actions workflow commands: an annotation on the pull request at each problem’s file and line',
  mediaType: 'text/plain',
  fileName: 'claimtrace-check.github.txt',
  needs: 'check',
  commands: ['check'],
  options: [],
  render: (input) => {
    const { report, paths } = checkInputOf(input);
    const lines = report.items
      .filter((item) => !(item.kind === 'finding' && item.status === 'acknowledged'))
      .flatMap((item) => annotatedPlaces(item).map((place) => command(item, place, paths)));
    const summary = summaryLines(report, paths);
    return `${[...lines, summary.verdict, `  ${summary.counts}`, ...(summary.coverage !== undefined ? [`  ${summary.coverage}`] : [])].join('\n')}\n`;
  },
};
