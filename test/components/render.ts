/** Renders a Preact tree into a fresh container in happy-dom, and fires events on it. */
import { render as preactRender, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function render(tree: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => preactRender(tree, container));
  return container;
}

export const fireEvent = {
  click(el: Element) {
    act(() => {
      (el as HTMLElement).click();
    });
  },
};
