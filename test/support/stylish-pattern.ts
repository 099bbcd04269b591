/**
 * `claimtrace check` prints its problems in the stylish layout (a file's
 * heading, then `line:col  severity  message  code` rows). Tests that name a
 * problem the way `formatMessage` writes it — `file:line:col: severity [code]
 * message`, or a prefix of it, or `severity [code]` alone — find it there
 * with this pattern.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @example
 * expect(result.stdout).toMatch(stylishPattern('claims/bad.yaml:5:1: error [yaml-syntax]'));
 */
export const stylishPattern = (printed: string): RegExp => {
  const placed = /^([^:\s]+):(\d+):(\d*)(?::\s(\w+)(?:\s\[([\w-]+)\](?:\s(.*))?)?)?$/.exec(printed);
  if (placed === null) {
    const bare = /^(\w+)\s\[([\w-]+)\](?:\s(.*))?$/.exec(printed);
    if (bare === null) throw new Error(`not a message as formatMessage writes it: ${printed}`);
    const [, severity = '', code = '', message] = bare;
    return new RegExp(`^ +(?:\\d+:\\d+ +)?${severity} +${message !== undefined ? `${escape(message)}.*` : '.*'} ${escape(code)}$`, 'm');
  }
  const [, file = '', line = '', column, severity, code, message] = placed;
  const row = `^ +${line}:${column !== undefined && column !== '' ? column : '\\d+'} +${severity ?? '\\w+'} +${message !== undefined ? `${escape(message)}.*` : '.*'}${code !== undefined ? ` ${escape(code)}` : ''}$`;
  return new RegExp(`^${escape(file)}\\n(?:.*\\n)*?${row}`, 'm');
};
