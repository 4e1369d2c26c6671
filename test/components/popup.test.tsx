// @vitest-environment happy-dom
/** Every state of the popup, rendered as a reader sees it. */
import { fireEvent, render } from './render.ts';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions, type PopupState } from '../../components/Popup.tsx';
import { analyze } from '../../lib/analyze/index.ts';
import type { Baseline } from '../../lib/corpus/baseline.ts';
import { buildMarks } from '../../lib/page/marks.ts';
import { buildReport } from '../../lib/page/report.ts';
import { DEFAULT_SETTINGS } from '../../lib/extension/settings.ts';
import { seedText } from './seed.ts';

const analysis = analyze(seedText);
const report = buildReport(analysis, buildMarks(analysis), { url: 'http://127.0.0.1/', title: 'Russia weighs Taliban delisting', kinds: DEFAULT_SETTINGS.kinds });
const oneSeed: Baseline = { articles: [{ name: 'seed.txt', metrics: analysis.metrics }] };
const manySeeds: Baseline = {
  articles: [0.1, 0.3, 0.9].map((share, i) => ({ name: `${i}.txt`, metrics: { ...analysis.metrics, attributedSentenceShare: share } })),
};

function actions(): PopupActions {
  return { reveal: vi.fn(), revealSource: vi.fn(), setKind: vi.fn(), switchOn: vi.fn(), alwaysRun: vi.fn(), openOptions: vi.fn() };
}

const show = (state: PopupState, baseline = oneSeed, a = actions()) => ({ root: render(<Popup state={state} baseline={baseline} actions={a} />), a });
const ready: PopupState = { kind: 'report', report, origin: 'http://127.0.0.1', alwaysOn: false };

describe('the popup', () => {
  it.each([
    [{ kind: 'loading' } as PopupState, 'Reading the page…'],
    [{ kind: 'unsupported' } as PopupState, 'sayso cannot run on this page.'],
    [{ kind: 'error', message: 'the tab was closed' } as PopupState, 'sayso could not read this page: the tab was closed'],
    [{ ...ready, report: { ...report, status: 'no-article', metrics: null } } as PopupState, 'No article found on this page.'],
    [{ ...ready, report: { ...report, status: 'off', metrics: null } } as PopupState, 'sayso is off on this site.'],
  ])('says so plainly: %#', (state, text) => {
    expect(show(state).root.querySelector('.state')!.textContent).toContain(text);
  });

  it('shows each figure beside the seed article', () => {
    const { root } = show(ready);
    const row = root.querySelector('[data-figure="sourcedNumberShare"]')!;
    expect(row.querySelector('.figure-value')!.textContent).toBe('0% of 5');
    expect(row.querySelector('.figure-baseline')!.textContent).toBe('the seed article: 0%');
  });

  it('places the page among several reference articles', () => {
    const { root } = show(ready, manySeeds);
    expect(root.querySelector('[data-figure="attributedSentenceShare"] .figure-baseline')!.textContent).toBe('above 2 of 3 reference articles (median 30%)');
  });

  it('opens the passages behind a figure and reveals the one clicked', () => {
    const { root, a } = show(ready);
    const passages = root.querySelectorAll('[data-figure="sourcedNumberShare"] .passage');
    expect([...passages].map((p) => p.textContent)).toContain('An Afghanistan-based affiliate of the terrorist group Islamic State claimed responsibility for the attack that killed 137 people and wounded 180 others.');
    fireEvent.click(passages[0]!);
    expect(a.reveal).toHaveBeenCalledWith(report.passages.unsourcedNumbers[0]!.mark);
  });

  it('lists who says so, with type, count and via, and jumps to a source', () => {
    const { root, a } = show(ready);
    const first = root.querySelector('.sources .source')!;
    expect(first.textContent).toBe('Dmitry Peskova named person · 5× · via Reuters, the report');
    fireEvent.click(first);
    expect(a.revealSource).toHaveBeenCalledWith(report.sources[0]!.id);
  });

  it('switches a kind off', () => {
    const { root, a } = show(ready);
    fireEvent.click(root.querySelector('input[name="opinion"]')!);
    expect(a.setKind).toHaveBeenCalledWith('opinion', false);
  });

  it('offers to always run on the site, or says it already does', () => {
    const { root, a } = show(ready);
    fireEvent.click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Always run on this site')!);
    expect(a.alwaysRun).toHaveBeenCalled();
    expect(show({ ...ready, alwaysOn: true }).root.querySelector('.always')!.textContent).toBe('Runs on its own here');
  });

  it('switches sayso off on this site from the footer', () => {
    const { root, a } = show(ready);
    fireEvent.click(root.querySelector('input[name="on"]')!);
    expect(a.switchOn).toHaveBeenCalledWith(false);
  });
});
