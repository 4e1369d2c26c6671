/** Who says so on this page: each source with its type, how often it is cited, and through whom. */
import { SOURCE_TYPE_LABEL } from '../lib/analyze/labels.ts';
import type { PageReport } from '../lib/extension/messages.ts';

export function SourceList(props: { sources: PageReport['sources']; onReveal: (source: number) => void }) {
  if (props.sources.length === 0) return <p class="empty-note">No one is cited on this page.</p>;
  return (
    <ol class="sources" aria-label="Sources">
      {props.sources.map((s) => (
        <li key={s.id}>
          <button type="button" class={`source source-${s.type}`} onClick={() => props.onReveal(s.id)}>
            <span class="source-name">{s.name}</span>
            <span class="source-meta">
              {SOURCE_TYPE_LABEL[s.type]} · {s.count}×{s.via.length ? ` · via ${s.via.join(', ')}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
