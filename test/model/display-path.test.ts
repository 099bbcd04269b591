/**
 * Paths as a person opens them: a place's file (relative to the claims
 * folder) shown from the working directory — relative inside it, absolute
 * outside — the same in the library and the CLI, with no Node built-in.
 */
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/model/display-path.js';
import { formatMessage } from '../../src/model/message.js';
import { createDiagnostic } from '../../src/model/message.js';

describe('displayPath', () => {
  it.each([
    ['claims/003.yaml', {}, 'claims/003.yaml'],
    ['claims/003.yaml', { cwd: '/repo' }, 'claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/claims' }, '/repo/claims/claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/claims', cwd: '/repo' }, 'claims/claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/claims', cwd: '/repo/claims' }, 'claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/claims/', cwd: '/repo/' }, 'claims/claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/./x/../claims', cwd: '/repo' }, 'claims/claims/003.yaml'],
    ['claims/003.yaml', { root: '/data/claims', cwd: '/repo' }, '/data/claims/claims/003.yaml'],
    ['claims/003.yaml', { root: '/repo/claims', cwd: '/repo/claims/claims' }, '003.yaml'],
    ['sources/003.txt', { root: '/repo/claims', cwd: '/repo/claims/claims' }, '/repo/claims/sources/003.txt'],
    ['claims/003.yaml', { root: '/repo-other/claims', cwd: '/repo' }, '/repo-other/claims/claims/003.yaml'],
    ['claims/003.yaml', { root: 'claims', cwd: '/repo' }, 'claims/claims/003.yaml'],
    ['/etc/claimtrace.config.json', { root: '/repo/claims', cwd: '/repo' }, '/etc/claimtrace.config.json'],
    ['/repo/claimtrace.config.json', { root: '/repo/claims', cwd: '/repo' }, 'claimtrace.config.json'],
    ['.', { root: '/repo/claims', cwd: '/repo' }, 'claims'],
    ['.', { root: '/repo', cwd: '/repo' }, '.'],
    ['claims\\003.yaml', { root: 'C:\\repo\\claims', cwd: 'C:\\repo' }, 'claims/claims/003.yaml'],
    ['claims/003.yaml', { root: 'c:/Repo/claims', cwd: 'C:\\repo' }, 'claims/claims/003.yaml'],
    ['claims/003.yaml', { root: 'D:\\repo\\claims', cwd: 'C:\\repo' }, 'D:/repo/claims/claims/003.yaml'],
  ])('%s with %j → %s', (file, options, shown) => {
    expect(displayPath(file, options)).toBe(shown);
  });

  it('is what formatMessage shows with the same options', () => {
    const message = createDiagnostic('quote-not-found', 'the quote … does not occur', { file: 'claims/003.yaml', start: { line: 12, column: 5 } }, { claimId: 'vault-003' });
    expect(formatMessage(message)).toBe('claims/003.yaml:12:5: error [quote-not-found] the quote … does not occur (claim vault-003)');
    expect(formatMessage(message, { root: '/repo/claims', cwd: '/repo' })).toBe('claims/claims/003.yaml:12:5: error [quote-not-found] the quote … does not occur (claim vault-003)');
  });
});
