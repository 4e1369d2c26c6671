/**
 * A news page built the way news sites build them, from a seed-format article: header and
 * navigation, the article with its related-story lines and promo where the seed has them, a
 * sidebar, a footer. Used by `npm start` and by the end-to-end tests.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A line set in capitals, or a promo: shown as a link between paragraphs, as news sites do. */
const isFurnitureLine = (line: string) => /^[^a-z]*$/.test(line) && /[A-Z]{3}/.test(line);

/** The first line as a headline: without its full stop, cut at a word if long. */
export function headlineOf(line: string, max = 90): string {
  const text = line.trim().replace(/[.]$/, '');
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 0 ? cut : max).replace(/[,;:]$/, '')}…`;
}

export function newsPage(seed: string, options: { title?: string; script?: string } = {}): string {
  const lines = seed.split(/\r?\n/).filter((l) => l.trim());
  const title = options.title ?? headlineOf(lines[0] ?? 'An article');
  const body = lines
    .map((line) =>
      isFurnitureLine(line)
        ? `<p class="related-inline"><a href="/related"><strong>${escape(line)}</strong></a></p>`
        : `<p>${escape(line)}</p>`,
    )
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escape(title)} | The Daily Example</title>
    <style>
      body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; }
      header, footer { background: #12263a; color: #fff; padding: 12px 24px; }
      header nav a, footer a { color: #fff; margin-right: 16px; font: 14px system-ui, sans-serif; }
      .layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; padding: 24px; max-width: 1040px; margin: auto; }
      aside { font: 14px/1.5 system-ui, sans-serif; border-left: 1px solid #ddd; padding-left: 20px; }
      .byline { color: #666; font: 14px system-ui, sans-serif; }
      .related-inline a { font: bold 14px system-ui, sans-serif; color: #b00; text-decoration: none; }
    </style>
  </head>
  <body>
    <header>
      <strong>The Daily Example</strong>
      <nav><a href="/world">World</a><a href="/politics">Politics</a><a href="/opinion">Opinion: critics say it all</a></nav>
    </header>
    <div class="layout">
      <main>
        <article>
        <h1>${escape(title)}</h1>
        <p class="byline">By Jane Doe · Published 2 hours ago</p>
        ${body}
        </article>
      </main>
      <aside>
        <h2>Most read</h2>
        <ul>
          <li><a href="/a">Officials said 99 things about the weather</a></li>
          <li><a href="/b">Experts say markets will rise, according to analysts</a></li>
        </ul>
      </aside>
    </div>
    <footer><p>© 2026 The Daily Example. Critics say this footer is brilliant.</p><a href="/about">About</a></footer>
    ${options.script ? `<script>${options.script}</script>` : ''}
  </body>
</html>`;
}

/** A page with no article: a section front of short teasers. */
export function frontPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Front page | The Daily Example</title></head>
<body>
  <header><nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
  <main>
    <ul>
      <li><a href="/1">Markets rally</a></li>
      <li><a href="/2">Storm heads north</a></li>
      <li><a href="/3">Minister resigns</a></li>
    </ul>
  </main>
</body></html>`;
}
