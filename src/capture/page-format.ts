/**
 * Which kind of document a captured file is: a saved web page (HTML),
 * Markdown or plain text. Named by the file's extension when it has a known
 * one, else recognised from its first bytes.
 */

export type PageFormat = 'html' | 'markdown' | 'text';

export const PAGE_FORMATS: readonly PageFormat[] = ['html', 'markdown', 'text'];

const BY_EXTENSION: Readonly<Record<string, PageFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/i;
const MARKDOWN_HINT = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n|#{1,6} \S|.*\n(?:=+|-+)\r?\n)/;

/**
 * The format of a file, from its name (may be empty, e.g. standard input)
 * and its first characters.
 *
 * @example
 * pageFormat('article.htm', '') // 'html'
 * pageFormat('', '<!DOCTYPE html><html>…') // 'html'
 * pageFormat('', '# Title\n\nText') // 'markdown'
 */
export const pageFormat = (fileName: string, head: string): PageFormat => {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
  const known = BY_EXTENSION[extension];
  if (known !== undefined) return known;
  const start = head.slice(0, 4096).replace(/^\uFEFF/, '');
  if (HTML_START.test(start)) return 'html';
  if (MARKDOWN_HINT.test(start)) return 'markdown';
  return 'text';
};
