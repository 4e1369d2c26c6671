import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings, onSettingsChanged } from '../lib/extension/api.ts';
import { handleRequest } from '../lib/extension/content-handler.ts';
import { startSession } from '../lib/page/session.ts';

// Injected on a click (activeTab) or registered for the sites the reader chose; never twice a page.
const RUNNING = Symbol.for('sayso.running');

export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  async main(ctx) {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => delete scope[RUNNING]);

    const settings = await loadSettings(browser);
    const session = startSession({
      doc: document,
      win: window,
      settings,
      signal: ctx.signal,
      onAnalysed: (sources) => void browser.runtime.sendMessage({ type: 'sayso:badge', sources }).catch(() => {}),
    });
    const listener = (message: unknown) => {
      const answer = handleRequest(session, message);
      return answer === undefined ? undefined : Promise.resolve(answer);
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    ctx.onInvalidated(
      onSettingsChanged(browser, (next) => {
        session.showKinds(next.kinds);
        session.setPalette(next.palette);
        session.switchOn(!next.off.includes(location.origin));
      }),
    );
  },
});
