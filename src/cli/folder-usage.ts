/**
 * How a command names its claims folder, from the command's own usage lines
 * (`Command.usage`), for hints that tell a user to name the folder: the
 * synopsis of the (sub)command that ran, its optional flags left out and the
 * folder in the place of `[dir]` / `<dir>`. One source of truth: a change of
 * the usage changes the hint.
 */

/** The synopsis lines of `usage` that start with `claimtrace <name> <sub>` (or the first, when none does), continuation lines joined. */
const synopsisOf = (usage: readonly string[], name: string, sub: string | undefined): string | undefined => {
  const entries: string[] = [];
  for (const line of usage) {
    if (/^\s/.test(line) && entries.length > 0) entries[entries.length - 1] += ` ${line.trim()}`;
    else entries.push(line.trim());
  }
  const prefix = `claimtrace ${name} `;
  const ofSub = sub === undefined ? undefined : entries.find((e) => e.startsWith(`${prefix}${sub} `) || e === `${prefix}${sub}`);
  return ofSub ?? entries.find((e) => e.startsWith(prefix) || e === prefix.trim());
};

/**
 * @example
 * folderUsage(['claimtrace check [dir] [--format stylish|json] [--quiet]'], 'check', undefined, 'floods')
 * // 'claimtrace check floods'
 * folderUsage(['claimtrace baseline accept (--all | <finding-id>…) --by <name>', '    [--dir <dir> | <dir>] [--json]'], 'baseline', 'accept', 'floods')
 * // 'claimtrace baseline accept (--all | <finding-id>…) --by <name> floods'
 */
export const folderUsage = (usage: readonly string[], name: string, sub: string | undefined, folder: string): string | undefined => {
  const synopsis = synopsisOf(usage, name, sub);
  if (synopsis === undefined || !/\[dir\]|(?<!--[a-z-]+ )<dir>/.test(synopsis)) return undefined;
  return synopsis
    .replace(/\[--dir <dir> \| <dir>\]|\[dir\]|(?<!--[a-z-]+ )<dir>/g, folder)
    .replace(/\s*\[--[^\]]*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
};
