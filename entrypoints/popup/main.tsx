import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import baseline from 'virtual:sayso-baseline';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '../../components/Popup.tsx';
import { ask } from '../../lib/extension/api.ts';
import { alwaysRunHere, loadPopup, setKind, switchSite, type PopupModel } from '../../lib/extension/popup-controller.ts';
import './style.css';

// ?tab=ID lets the popup be opened as a page for a given tab (tests, or a pinned window).
const requested = Number(new URLSearchParams(location.search).get('tab')) || undefined;

function App() {
  const [model, setModel] = useState<PopupModel | { kind: 'loading' }>({ kind: 'loading' });
  useEffect(() => void loadPopup(browser, requested).then(setModel), []);
  const report = model.kind === 'report' ? model : null;
  const state: PopupState = report ? { kind: 'report', report: report.report, origin: report.origin, alwaysOn: report.alwaysOn } : model;
  return (
    <Popup
      state={state}
      baseline={baseline}
      actions={{
        reveal: (mark) => report && void ask(browser, report.tabId, { type: 'sayso:reveal', mark }),
        revealSource: (source) => report && void ask(browser, report.tabId, { type: 'sayso:reveal-source', source }),
        setKind: async (kind, on) => {
          if (!report) return;
          const kinds = await setKind(browser, report.tabId, kind, on);
          setModel({ ...report, report: { ...report.report, kinds } });
        },
        switchOn: async (on) => {
          if (!report) return;
          const next = await switchSite(browser, report.tabId, report.origin, on);
          if (next) setModel({ ...report, report: next });
        },
        alwaysRun: async () => {
          if (report && (await alwaysRunHere(browser, report.origin))) setModel({ ...report, alwaysOn: true });
        },
        openOptions: () => void browser.runtime.openOptionsPage(),
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
