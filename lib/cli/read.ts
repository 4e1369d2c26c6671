/**
 * Reads one input for the CLI: a seed-format .txt file, an .html file, or standard input.
 * Failures become one-line messages; nothing here throws past `readInput`.
 */
import { readFileSync, statSync } from 'node:fs';
import { articleFromHtml } from './html.ts';

export type Input = { ok: true; file: string; text: string } | { ok: false; file: string; message: string };

export function readInput(file: string, stdin: () => Buffer): Input {
  let bytes: Buffer;
  try {
    if (file === '-') bytes = stdin();
    else {
      if (statSync(file).isDirectory()) return { ok: false, file, message: `${file} is a directory, not a file` };
      bytes = readFileSync(file);
    }
  } catch (e) {
    return { ok: false, file, message: `cannot read ${file}: ${describeError(e)}` };
  }
  const text = decodeText(bytes);
  if (text === null) return { ok: false, file, message: `${file} is not text (binary or not UTF-8)` };
  const html = /\.x?html?$/i.test(file) || (file === '-' && /^\s*(<!doctype html|<html)/i.test(text));
  return { ok: true, file, text: html ? articleFromHtml(text).text : text };
}

/** UTF-8 text without NUL bytes, with a byte-order mark dropped; null for anything else. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? String(e);
}
