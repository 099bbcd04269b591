/**
 * Format `junit`: JUnit XML, which CI dashboards (GitLab, Jenkins, Azure,
 * CircleCI, test-report actions) show as tests. One test suite for the
 * claims folder's messages, one per rule, one for stale baseline entries;
 * one test case per item, named by what identifies it across runs — a
 * finding by its id, a message by its code and place — with the file and
 * line:
 *
 * - what fails the check is a `<failure>` with the whole story (message,
 *   status, each claim's places);
 * - a reviewed finding whose review holds (unchanged, or carried over to new
 *   evidence for the same disputed values) is `<skipped>` with the verdict
 *   and reason;
 * - anything else passes, its message in `<system-out>`. Coverage (values
 *   one source gives) is no test case: it is not a finding.
 */
import type { CheckItem, FindingItem } from '../check/check-report.js';
import { displayPath, type PathOptions } from '../model/display-path.js';
import { escapeHtmlText } from '../report/html-escape.js';
import { folderText, itemDetails, itemMessage, itemPlace, itemRule } from './check-text.js';
import { type OutputFormat, checkInputOf } from './format.js';

/** Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const xmlChars = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Text content: XML encodes `&`, `<` and `>` as HTML text does. */
export const escapeXmlText = (text: string): string => escapeHtmlText(xmlChars(text));

/** An attribute value (double-quoted); newlines kept as character references. */
export const escapeXmlAttribute = (text: string): string =>
  escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

const attributes = (values: Readonly<Record<string, string | number | undefined>>): string =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');

interface Suite {
  readonly name: string;
  readonly items: CheckItem[];
}

/** A reviewed finding whose review still holds (unchanged, or carried over to new evidence): a skipped test. */
const reviewHolds = (item: CheckItem): item is FindingItem =>
  item.kind === 'finding' && !item.fails && (item.status === 'acknowledged' || (item.review !== undefined && item.status !== 'mismatched'));

const caseName = (item: CheckItem, paths: PathOptions): string => {
  if (item.kind === 'finding') return item.finding.id;
  if (item.kind === 'stale') return `stale baseline entry ${item.entry.id}`;
  const place = itemPlace(item);
  return `${item.message.code}${place !== undefined ? ` ${displayPath(place.file, paths)}:${place.start.line}:${place.start.column}` : ''}${item.message.claimId !== undefined ? ` (claim ${item.message.claimId})` : ''}`;
};

const testCase = (item: CheckItem, suite: string, paths: PathOptions): string => {
  const place = itemPlace(item);
  const file = place !== undefined ? displayPath(place.file, paths) : undefined;
  const open = `    <testcase${attributes({ classname: suite, name: caseName(item, paths), file, line: place?.start.line })}`;
  const text = [itemMessage(item), ...itemDetails(item, paths)].join('\n');
  if (item.fails) {
    return `${open}>\n      <failure${attributes({ message: itemMessage(item), type: itemRule(item) })}>${escapeXmlText(text)}</failure>\n    </testcase>`;
  }
  if (reviewHolds(item)) {
    const review = item.review;
    const carried = item.status === 'new-evidence' ? 'reviewed, new evidence since (the review carries over)' : 'reviewed';
    const why = review !== undefined ? `${carried}: ${review.verdict} — ${review.reason} (${review.reviewedBy})` : carried;
    return `${open}>\n      <skipped${attributes({ message: why })}/>\n    </testcase>`;
  }
  return `${open}>\n      <system-out>${escapeXmlText(text)}</system-out>\n    </testcase>`;
};

export const junitFormat: OutputFormat = {
  id: 'junit',
  summary: 'JUnit XML for CI dashboards: a test case per finding (named by its id) and per problem',
  mediaType: 'application/xml',
  fileName: 'claimtrace-junit.xml',
  needs: 'check',
  commands: ['check'],
  options: [],
  render: (input) => {
    const { report, paths } = checkInputOf(input);
    const folder = folderText(report, paths);
    const suites: Suite[] = [];
    const suiteFor = (name: string): Suite => {
      const found = suites.find((s) => s.name === name);
      if (found !== undefined) return found;
      const created: Suite = { name, items: [] };
      suites.push(created);
      return created;
    };
    for (const item of report.items) {
      suiteFor(item.kind === 'finding' ? `claimtrace rule ${item.finding.ruleId}` : item.kind === 'stale' ? 'claimtrace baseline' : `claimtrace ${folder}`).items.push(item);
    }
    const body = suites.map((suite) => {
      const failures = suite.items.filter((i) => i.fails).length;
      const skipped = suite.items.filter(reviewHolds).length;
      return [
        `  <testsuite${attributes({ name: suite.name, tests: suite.items.length, failures, errors: 0, skipped })}>`,
        ...suite.items.map((item) => testCase(item, suite.name, paths)),
        '  </testsuite>',
      ].join('\n');
    });
    if (suites.length === 0) {
      body.push(
        `  <testsuite${attributes({ name: `claimtrace ${folder}`, tests: 1, failures: 0, errors: 0, skipped: 0 })}>\n    <testcase${attributes({ classname: `claimtrace ${folder}`, name: 'every quote anchors and there are no findings' })}/>\n  </testsuite>`,
      );
    }
    const total = Math.max(1, report.items.length);
    const failures = report.items.filter((i) => i.fails).length;
    const skipped = report.items.filter(reviewHolds).length;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites${attributes({ name: `claimtrace check ${folder}`, tests: total, failures, errors: 0, skipped })}>`,
      ...body,
      '</testsuites>',
      '',
    ].join('\n');
  },
};
