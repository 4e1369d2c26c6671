/**
 * Finds the article in an HTML file the way the extension does on a page (lib/page), one paragraph
 * a line. The DOM is happy-dom's, with scripts, style sheets and frames switched off, so reading a
 * file never runs or fetches anything.
 */
import { Window } from 'happy-dom';
import { blockText } from '../page/blocks.ts';
import { findArticleBlocks } from '../page/find-article.ts';
import { textFromHtml } from './html-text.ts';

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
    const lines = findArticleBlocks(document).map(blockText).filter(Boolean);
    return { title: document.title || null, text: lines.join('\n') };
  } catch (error) {
    // Nesting too deep for the DOM in Node: read the page plainly instead.
    if (!(error instanceof RangeError)) throw error;
    return { title: null, text: textFromHtml(html) };
  } finally {
    void window.happyDOM.close();
  }
}
