import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ShowPanel } from '../../components/show-panel';
import { ignoreUntrustedEvents, USER_EVENT_TYPES } from '../../utils/content/ignore-untrusted-events';
import { sampleReport } from '../support/sample-report';

function panelInShadowRoot() {
  const host = document.createElement('showfate-panel');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const actions = { onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onWrongShow: vi.fn() };
  render(
    <ShowPanel
      data={{ view: { state: 'report', report: sampleReport(), refreshing: false }, collapsed: false }}
      actions={actions}
    />,
    {
      container,
    },
  );
  return { shadow, actions, host };
}

describe('a page script driving the panel', () => {
  it('is ignored: synthetic clicks on "Wrong show?" and collapse reach no handler', () => {
    const { shadow, actions, host } = panelInShadowRoot();
    ignoreUntrustedEvents(shadow);
    const wrongShow = shadow.querySelector<HTMLButtonElement>('[data-testid="showfate-wrong-show"]');
    const collapse = shadow.querySelector<HTMLButtonElement>('[data-testid="showfate-collapse"]');
    expect(wrongShow).not.toBeNull();
    // What a streaming site's script could do: reach into the open root and click.
    wrongShow?.click();
    fireEvent.click(collapse as HTMLButtonElement);
    wrongShow?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.onWrongShow).not.toHaveBeenCalled();
    expect(actions.onToggleCollapsed).not.toHaveBeenCalled();
    host.remove();
  });

  it('reaches the handlers without the guard (the test would see a click)', () => {
    const { shadow, actions, host } = panelInShadowRoot();
    shadow.querySelector<HTMLButtonElement>('[data-testid="showfate-wrong-show"]')?.click();
    expect(actions.onWrongShow).toHaveBeenCalledTimes(1);
    host.remove();
  });

  it('guards each root once, whatever the number of mounts, and can be undone', () => {
    const root = document.createElement('div');
    const add = vi.spyOn(root, 'addEventListener');
    const undo = ignoreUntrustedEvents(root);
    ignoreUntrustedEvents(root);
    expect(add).toHaveBeenCalledTimes(USER_EVENT_TYPES.length);
    undo();
    const handler = vi.fn();
    root.addEventListener('click', handler);
    root.click();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
