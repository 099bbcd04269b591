/**
 * Paths inside a claims folder. A path an author writes is resolved relative
 * to the file that names it and must stay inside the folder: "../../etc/passwd"
 * and absolute paths are refused.
 */
import { posix } from 'node:path';
import { createMessage } from '../model/message.js';
import { failed, ok, type Result } from '../model/result.js';

const refused = (message: string): Result<string> =>
  failed([createMessage('source-path', message, { hint: 'put the text file inside the claims folder and name it relative to this file' })]);

/**
 * Resolve `target` (as written in `fromFile`) to a POSIX path relative to the
 * claims folder root.
 *
 * @example
 * resolveInFolder('sources/a.yaml', 'a.txt'); // { ok: true, value: 'sources/a.txt', messages: [] }
 * resolveInFolder('sources/a.yaml', '../../etc/passwd'); // { ok: false, messages: [{ code: 'source-path', … }] }
 */
export const resolveInFolder = (fromFile: string, target: string): Result<string> => {
  const written = target.replace(/\\/g, '/');
  if (written.startsWith('/') || /^[A-Za-z]:\//.test(written)) {
    return refused(`"${target}" is an absolute path; source texts must be inside the claims folder`);
  }
  if (written.includes('\0')) return refused(`"${target}" contains a NUL character`);
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), written));
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '') {
    return refused(`"${target}" leaves the claims folder`);
  }
  return ok(joined);
};
