/**
 * Finds the article in an HTML file the way the extension does on a page: Readability decides
 * which block is the article, then its blocks become one paragraph a line. The DOM is happy-dom's,
 * with scripts, style sheets and frames switched off, so reading a file never runs or fetches anything.
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { blockText, collectBlocks } from '../page/blocks.ts';

export function articleFromHtml(html: string): { title: string | null; text: string } {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const fallbackTitle = document.title || null;
    const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    const container = document.createElement('div');
    if (article?.content) container.innerHTML = article.content;
    const root = article?.content ? container : (document.querySelector('article') ?? document.body);
    const lines = root ? collectBlocks(root).map(blockText).filter(Boolean) : [];
    return { title: article?.title ?? fallbackTitle, text: lines.join('\n') };
  } finally {
    void window.happyDOM.close();
  }
}
