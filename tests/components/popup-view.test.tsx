import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type CurrentTabView, PopupView } from '../../components/popup-view';
import type { RecentShow } from '../../utils/cache/database';
import type { PageDetails } from '../../utils/diagnostics/page-details';
import { STREAMING_SERVICES } from '../../utils/services/registry';
import { installLocale } from '../support/browser-i18n';
import { sampleReport } from '../support/sample-report';

const recent: RecentShow[] = [
  { key: 'tvmaze:2', title: 'Wednesday', status: 'renewed', tvmazeId: 2, seenAt: Date.UTC(2026, 10, 26) },
  { key: 'tvmaze:1', title: 'The Imperfects', status: 'canceled', tvmazeId: 1, seenAt: Date.UTC(2026, 10, 25) },
];

function renderPopup(current: CurrentTabView, shows: RecentShow[] | null = recent) {
  return render(<PopupView data={{ current, recent: shows }} actions={{ onOpenOptions: vi.fn() }} />).container;
}

describe('the popup', () => {
  it("shows the current tab's show with the panel's contract, and the recent list in the given order", () => {
    const popup = renderPopup({ state: 'report', report: sampleReport() });
    const current = popup.querySelector('[data-testid="showfate-current"]')!;
    expect(current.querySelector('[data-testid="showfate-status"]')?.getAttribute('data-status')).toBe('canceled');
    expect(current.querySelector('[data-testid="showfate-title"]')?.textContent).toBe('The Imperfects');
    const items = [...popup.querySelectorAll('[data-testid="showfate-recent"] [data-testid="showfate-recent-item"]')];
    expect(items.map((item) => item.querySelector('.sf-recent-title')?.textContent)).toEqual([
      'Wednesday',
      'The Imperfects',
    ]);
    expect(
      items.map((item) => item.querySelector('[data-testid="showfate-recent-status"]')?.getAttribute('data-status')),
    ).toEqual(['renewed', 'canceled']);
  });

  it.each([
    [{ state: 'unrecognized', service: 'netflix', path: '/title/1' }, 'showfate-unrecognized', "wasn't recognized"],
    [{ state: 'not-a-show-page', service: 'netflix', path: '/browse' }, 'showfate-no-show', "Open a show's page"],
    [{ state: 'unsupported' }, 'showfate-unsupported', 'ShowFate works on Netflix'],
    [{ state: 'service-off', service: 'hulu' }, 'showfate-service-off', 'ShowFate is turned off for Hulu.'],
  ] as const)('explains a tab in state %o', (current, testId, text) => {
    const popup = renderPopup(current as CurrentTabView);
    expect(popup.querySelector(`[data-testid="${testId}"]`)?.textContent).toContain(text);
  });

  it('names every streaming service it works on, by the name the service declares', () => {
    const popup = renderPopup({ state: 'unsupported' });
    const sentence = popup.querySelector('[data-testid="showfate-unsupported"]')?.textContent ?? '';
    expect(sentence).toBe(
      'ShowFate works on Netflix, Prime Video, Disney+, Hulu, HBO Max, Apple TV+, Paramount+, Peacock, and IMDb show pages.',
    );
    for (const service of STREAMING_SERVICES) expect(sentence).toContain(service.name);
  });

  it('speaks Spanish in a Spanish browser, lists included', () => {
    installLocale('es');
    const popup = renderPopup({ state: 'unsupported' });
    expect(popup.querySelector('[data-testid="showfate-unsupported"]')?.textContent).toBe(
      'ShowFate funciona en las páginas de series de Netflix, Prime Video, Disney+, Hulu, HBO Max, Apple TV+, Paramount+, Peacock e IMDb.',
    );
    expect(popup.querySelector('#sf-current-heading')?.textContent).toBe('Esta pestaña');
    expect(popup.querySelector('[data-testid="showfate-open-options"]')?.textContent).toBe('Opciones');
  });

  it('links each recent show to its TVmaze page, built from the id alone', () => {
    const popup = renderPopup({ state: 'unsupported' });
    const links = [...popup.querySelectorAll<HTMLAnchorElement>('[data-testid="showfate-recent"] a.sf-recent-title')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.tvmaze.com/shows/2',
      'https://www.tvmaze.com/shows/1',
    ]);
    expect(links.every((link) => link.target === '_blank' && link.rel.includes('noopener'))).toBe(true);
  });

  it('invites the user to open a show when nothing was seen yet', () => {
    const popup = renderPopup({ state: 'unsupported' }, []);
    expect(popup.querySelector('[data-testid="showfate-recent-empty"]')).not.toBeNull();
    expect(popup.querySelector('[data-testid="showfate-recent"]')).toBeNull();
  });

  it('says which layer the show was read from, and copies the page details on request', () => {
    const page: PageDetails = {
      service: 'prime-video',
      path: '/detail/0KRGHGZCHKS920ZQGY5LBRF7MA',
      layer: 'page-markup',
      reading: null,
      outcome: 'show',
      version: '0.1.0',
    };
    const onCopyPageDetails = vi.fn();
    const { container, rerender } = render(
      <PopupView
        data={{ current: { state: 'report', report: sampleReport() }, recent, details: { page, copy: 'idle' } }}
        actions={{ onOpenOptions: vi.fn(), onCopyPageDetails }}
      />,
    );
    const current = container.querySelector('[data-testid="showfate-current"]')!;
    const readFrom = current.querySelector('[data-testid="showfate-read-from"]');
    expect(readFrom?.textContent).toBe('Read from: page markup');
    expect(readFrom?.getAttribute('data-layer')).toBe('page-markup');
    const button = current.querySelector<HTMLButtonElement>('button[data-testid="showfate-copy-details"]')!;
    expect(button.textContent).toBe('Copy page details');
    fireEvent.click(button);
    expect(onCopyPageDetails).toHaveBeenCalledTimes(1);
    rerender(
      <PopupView
        data={{ current: { state: 'report', report: sampleReport() }, recent, details: { page, copy: 'copied' } }}
        actions={{ onOpenOptions: vi.fn(), onCopyPageDetails }}
      />,
    );
    expect(container.querySelector('[data-testid="showfate-copy-details"]')?.textContent).toBe('Copied');
  });

  it('offers the details of a page it could not read, without a layer', () => {
    const page: PageDetails = {
      service: 'hulu',
      path: '/series/x',
      layer: null,
      reading: null,
      outcome: 'unrecognized',
      version: '0.1.0',
    };
    const { container } = render(
      <PopupView
        data={{
          current: { state: 'unrecognized', service: 'hulu', path: '/series/x' },
          recent,
          details: { page, copy: 'idle' },
        }}
        actions={{ onOpenOptions: vi.fn(), onCopyPageDetails: vi.fn() }}
      />,
    );
    expect(container.querySelector('[data-testid="showfate-read-from"]')).toBeNull();
    expect(container.querySelector('[data-testid="showfate-copy-details"]')).not.toBeNull();
  });
});
