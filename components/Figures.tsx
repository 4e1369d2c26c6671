/** The headline figures, each beside the reference corpus, each opening the passages behind it. */
import type { Metrics } from '../lib/analyze/types.ts';
import { compareWithBaseline, figureValue, formatFigure, type Baseline, type FigureKey } from '../lib/corpus/baseline.ts';
import type { Passage, PassageGroup } from '../lib/extension/messages.ts';

interface Row {
  key: FigureKey;
  label: string;
  value: string;
  groups: { group: PassageGroup; label: string }[];
}

function rows(m: Metrics): Row[] {
  const f = (key: FigureKey) => formatFigure(key, figureValue(m, key));
  return [
    { key: 'attributedSentenceShare', label: 'Sentences attributed', value: f('attributedSentenceShare'), groups: [{ group: 'attributed', label: 'Attributed' }, { group: 'unattributed', label: 'Not attributed' }] },
    { key: 'attributionsPer100Words', label: 'Attributions per 100 words', value: `${f('attributionsPer100Words')} (${m.attributions})`, groups: [{ group: 'attributed', label: 'Attributions' }] },
    { key: 'namedSourceShare', label: 'Sources named', value: `${f('namedSourceShare')} of ${m.sources}`, groups: [{ group: 'named', label: 'Named' }] },
    { key: 'anonymousSources', label: 'Unnamed sources', value: f('anonymousSources'), groups: [{ group: 'anonymous', label: 'Unnamed' }] },
    { key: 'documentSources', label: 'Documents', value: f('documentSources'), groups: [{ group: 'documents', label: 'Documents' }] },
    { key: 'secondHandShare', label: 'Second-hand', value: f('secondHandShare'), groups: [{ group: 'secondHand', label: 'Second-hand' }] },
    { key: 'sourcedNumberShare', label: 'Numbers sourced', value: `${f('sourcedNumberShare')} of ${m.numbers}`, groups: [{ group: 'unsourcedNumbers', label: 'Unsourced' }, { group: 'sourcedNumbers', label: 'Sourced' }] },
    { key: 'opinionsPer100Words', label: 'Opinion marks per 100 words', value: `${f('opinionsPer100Words')} (${m.opinions})`, groups: [{ group: 'opinions', label: 'Opinion' }] },
  ];
}

export function Figures(props: {
  metrics: Metrics;
  baseline: Baseline;
  passages: Record<PassageGroup, Passage[]>;
  onReveal: (mark: number) => void;
}) {
  return (
    <ul class="figures" aria-label="How this page is sourced">
      {rows(props.metrics).map((row) => (
        <li key={row.key}>
          <details data-figure={row.key}>
            <summary>
              <span class="figure-label">{row.label}</span>
              <strong class="figure-value">{row.value}</strong>
              <span class="figure-baseline">{compareWithBaseline(props.baseline, row.key, figureValue(props.metrics, row.key))}</span>
            </summary>
            {row.groups.map(({ group, label }) => (
              <PassageList key={group} label={label} passages={props.passages[group]} onReveal={props.onReveal} />
            ))}
          </details>
        </li>
      ))}
    </ul>
  );
}

function PassageList(props: { label: string; passages: Passage[]; onReveal: (mark: number) => void }) {
  if (props.passages.length === 0) return <p class="passages-empty">{props.label}: none on this page.</p>;
  return (
    <div class="passages">
      <h3>
        {props.label} ({props.passages.length})
      </h3>
      <ol>
        {props.passages.map((p, i) => (
          <li key={i}>
            <button type="button" class="passage" disabled={p.mark < 0} onClick={() => props.onReveal(p.mark)}>
              {p.text}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
