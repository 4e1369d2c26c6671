/** One switch per kind of mark, each showing the look it has on the page. */
import type { Kind } from '../lib/analyze/types.ts';
import { KIND_LABEL } from '../lib/analyze/labels.ts';
import { KINDS } from '../lib/extension/settings.ts';

export function KindToggles(props: { kinds: Record<Kind, boolean>; onChange: (kind: Kind, on: boolean) => void }) {
  return (
    <fieldset class="kinds">
      <legend>Show</legend>
      {KINDS.map((kind) => (
        <label key={kind} class={`kind kind-${kind}`}>
          <input type="checkbox" name={kind} checked={props.kinds[kind]} onChange={(e) => props.onChange(kind, e.currentTarget.checked)} />
          <span class="swatch" aria-hidden="true" />
          {KIND_LABEL[kind]}
        </label>
      ))}
    </fieldset>
  );
}
