/** The popup: how well the page is sourced, beside the reference corpus, and why. Props in, markup out. */
import type { Kind } from '../lib/analyze/types.ts';
import type { Baseline } from '../lib/corpus/baseline.ts';
import type { PageReport } from '../lib/extension/messages.ts';
import { Figures } from './Figures.tsx';
import { KindToggles } from './KindToggles.tsx';
import { SourceList } from './SourceList.tsx';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; report: PageReport; origin: string; alwaysOn: boolean };

export interface PopupActions {
  reveal(mark: number): void;
  revealSource(source: number): void;
  setKind(kind: Kind, on: boolean): void;
  switchOn(on: boolean): void;
  alwaysRun(): void;
  openOptions(): void;
}

export function Popup({ state, baseline, actions }: { state: PopupState; baseline: Baseline; actions: PopupActions }) {
  return (
    <main class="popup">
      <header>
        <h1>sayso</h1>
        <button type="button" class="link" onClick={actions.openOptions}>
          Options
        </button>
      </header>
      <Body state={state} baseline={baseline} actions={actions} />
    </main>
  );
}

function Body({ state, baseline, actions }: { state: PopupState; baseline: Baseline; actions: PopupActions }) {
  switch (state.kind) {
    case 'loading':
      return <p class="state" role="status">Reading the page…</p>;
    case 'unsupported':
      return (
        <p class="state" role="status">
          sayso cannot run on this page. Browsers keep extensions off their own pages and the extension stores; open a news article and try again.
        </p>
      );
    case 'error':
      return (
        <p class="state" role="alert">
          sayso could not read this page: {state.message}
        </p>
      );
    case 'report':
      return <Report report={state.report} origin={state.origin} alwaysOn={state.alwaysOn} baseline={baseline} actions={actions} />;
  }
}

function Report({ report, origin, alwaysOn, baseline, actions }: { report: PageReport; origin: string; alwaysOn: boolean; baseline: Baseline; actions: PopupActions }) {
  const siteControls = (
    <footer class="site">
      <label>
        <input type="checkbox" name="on" checked={report.status !== 'off'} onChange={(e) => actions.switchOn(e.currentTarget.checked)} />
        sayso on {origin}
      </label>
      {alwaysOn ? (
        <span class="always">Runs on its own here</span>
      ) : (
        <button type="button" class="link" onClick={actions.alwaysRun}>
          Always run on this site
        </button>
      )}
    </footer>
  );
  if (report.status === 'off') {
    return (
      <>
        <p class="state" role="status">
          sayso is off on this site. Switch it on below to mark this page.
        </p>
        {siteControls}
      </>
    );
  }
  if (report.status === 'no-article' || !report.metrics) {
    return (
      <>
        <p class="state" role="status">
          No article found on this page. sayso looks for a block of news prose; this page does not seem to have one.
        </p>
        {siteControls}
      </>
    );
  }
  return (
    <>
      <p class="title">{report.title}</p>
      <Figures metrics={report.metrics} baseline={baseline} passages={report.passages} onReveal={actions.reveal} />
      <h2>Who says so</h2>
      <SourceList sources={report.sources} onReveal={actions.revealSource} />
      <KindToggles kinds={report.kinds} onChange={actions.setKind} />
      {siteControls}
    </>
  );
}
