/**
 * A plain reading of HTML for pages no DOM in Node can hold (nested thousands deep): drop scripts,
 * styles and page furniture, then take each paragraph, heading and list item as a line. Coarser than
 * the article finder, but it reads the page rather than failing on it.
 */

const DROP = /<(script|style|noscript|template|nav|aside|footer|header|figure|figcaption|form|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /<(p|h[1-6]|li|blockquote)\b[^>]*>([\s\S]*?)(?=<\/\1\s*>|<(?:p|h[1-6]|li|blockquote)\b|$)/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

export function textFromHtml(html: string): string {
  const kept = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROP, ' ');
  const lines: string[] = [];
  for (const m of kept.matchAll(BLOCK)) {
    const line = decode(m[2]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
