import { fireEvent, render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FollowedShows, type FollowedShowsData } from '../../components/followed-shows';
import { describeFollowOutcome, FollowSection, type FollowSectionData } from '../../components/options/follow-section';
import { PopupView } from '../../components/popup-view';
import { ShowPanel } from '../../components/show-panel';
import { installLocale } from '../support/browser-i18n';
import { sampleChange, sampleFollowed } from '../support/sample-follow';
import { sampleReport } from '../support/sample-report';

const lupin = sampleFollowed({ tvmazeId: 61006, name: 'Lupin', status: 'canceled', checkedAt: Date.UTC(2026, 10, 30) });

function renderList(data: Partial<FollowedShowsData> = {}) {
  const actions = { onUnfollow: vi.fn(), onCheckNow: vi.fn() };
  const view = render(
    <FollowedShows
      data={{ shows: [lupin], changes: [sampleChange()], check: { state: 'idle' }, ...data }}
      actions={actions}
    />,
  );
  return { container: view.container, actions };
}

describe('the follow toggle', () => {
  it('is a toggle button in the panel, pressed when followed, and calls back on click', () => {
    const onToggleFollow = vi.fn();
    const panel = render(
      <ShowPanel
        data={{
          view: { state: 'report', report: sampleReport(), refreshing: false },
          collapsed: false,
          follow: { followed: false, busy: false },
        }}
        actions={{ onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onToggleFollow }}
      />,
    );
    const button = panel.container.querySelector('button[data-testid="showfate-follow"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.textContent).toBe('Follow');
    fireEvent.click(button);
    expect(onToggleFollow).toHaveBeenCalledOnce();
    panel.rerender(
      <ShowPanel
        data={{
          view: { state: 'report', report: sampleReport(), refreshing: false },
          collapsed: false,
          follow: { followed: true, busy: true, error: 'That did not work.' },
        }}
        actions={{ onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onToggleFollow }}
      />,
    );
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.disabled).toBe(true);
    expect(panel.container.querySelector('[data-testid="showfate-follow-error"]')?.textContent).toContain(
      'did not work',
    );
  });

  it('is absent where there is nothing to follow', () => {
    const panel = render(
      <ShowPanel
        data={{ view: { state: 'report', report: sampleReport(), refreshing: false }, collapsed: false, follow: null }}
        actions={{ onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onToggleFollow: vi.fn() }}
      />,
    );
    expect(panel.container.querySelector('[data-testid="showfate-follow"]')).toBeNull();
  });

  it('sits in the popup’s current show, beside the followed list', () => {
    const onToggleFollow = vi.fn();
    const popup = render(
      <PopupView
        data={{
          current: { state: 'report', report: sampleReport() },
          recent: [],
          follow: {
            toggle: { followed: true, busy: false },
            list: { shows: [lupin], changes: [], check: { state: 'idle' } },
          },
        }}
        actions={{ onOpenOptions: vi.fn(), onToggleFollow, onUnfollow: vi.fn(), onCheckNow: vi.fn() }}
      />,
    ).container;
    const toggle = popup.querySelector('[data-testid="showfate-current"] button[data-testid="showfate-follow"]');
    expect(toggle?.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle!);
    expect(onToggleFollow).toHaveBeenCalledOnce();
    expect(
      popup.querySelectorAll('[data-testid="showfate-following"] [data-testid="showfate-followed-item"]'),
    ).toHaveLength(1);
  });
});

describe('the popup’s followed shows', () => {
  it('lists each show with its status and an unfollow button naming it', () => {
    const { container, actions } = renderList();
    const item = container.querySelector('[data-testid="showfate-followed-item"]')!;
    expect(item.getAttribute('data-tvmaze-id')).toBe('61006');
    expect(item.querySelector('.sf-recent-title')?.textContent).toBe('Lupin');
    expect(item.querySelector('.sf-recent-title')?.getAttribute('href')).toBe('https://www.tvmaze.com/shows/61006');
    expect(item.querySelector('[data-testid="showfate-followed-status"]')?.getAttribute('data-status')).toBe(
      'canceled',
    );
    const unfollow = item.querySelector('[data-testid="showfate-unfollow"]')!;
    expect(unfollow.getAttribute('aria-label')).toBe('Unfollow Lupin');
    fireEvent.click(unfollow);
    expect(actions.onUnfollow).toHaveBeenCalledExactlyOnceWith(61006);
  });

  it('shows "check now" busy while it runs, then its result', () => {
    const { container, actions } = renderList({ check: { state: 'checking' } });
    const button = container.querySelector('button[data-testid="showfate-check-now"]') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Checking…');
    const done = renderList({
      check: { state: 'done', summary: { checked: 3, changed: 1, failed: 1, finishedAt: 1 } },
    });
    const result = done.container.querySelector('[data-testid="showfate-check-result"]');
    expect(result?.textContent).toBe(
      'Shows checked: 3; changed: 1. Not checked (offline, or the show was not found): 1.',
    );
    fireEvent.click(done.container.querySelector('button[data-testid="showfate-check-now"]')!);
    expect(done.actions.onCheckNow).toHaveBeenCalledOnce();
    expect(actions.onCheckNow).not.toHaveBeenCalled();
  });

  it('lists what changed, newest first, from → to with the source, as text', () => {
    const hostile = sampleChange({ id: 'b', name: '<img src=x onerror=alert(1)>', source: null });
    const { container } = renderList({ changes: [hostile, sampleChange()] });
    const entries = [...container.querySelectorAll('[data-testid="showfate-change"]')];
    expect(entries.map((entry) => entry.querySelector('.sf-recent-title')?.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'The Imperfects',
    ]);
    expect(container.querySelector('img')).toBeNull();
    expect(entries[1]?.getAttribute('data-from')).toBe('airing');
    expect(entries[1]?.getAttribute('data-to')).toBe('canceled');
    expect(entries[1]?.querySelector('[data-testid="showfate-change-source"]')?.textContent).toContain(
      'according to Deadline',
    );
    expect(entries[0]?.querySelector('[data-testid="showfate-change-source"]')?.textContent).toContain(
      'according to TVmaze',
    );
  });

  it('says so when nothing is followed or changed, in Spanish too', () => {
    installLocale('es');
    const { container } = renderList({ shows: [], changes: [] });
    expect(container.querySelector('[data-testid="showfate-followed-empty"]')?.textContent).toContain(
      'Sigue una serie',
    );
    expect(container.querySelector('[data-testid="showfate-changes-empty"]')?.textContent).toBe(
      'Aún no ha cambiado ningún estado.',
    );
    expect(container.querySelector('[data-testid="showfate-check-now"]')).toBeNull();
  });
});

describe('the options page’s follow section', () => {
  const data: FollowSectionData = { notifications: true, frequency: 'daily', count: 2, busy: false, outcome: null };
  const actions = () => ({
    onNotificationsChange: vi.fn(),
    onFrequencyChange: vi.fn(),
    onExport: vi.fn(),
    onImportFile: vi.fn(),
  });

  it('holds the notifications switch, the frequency, export and import', () => {
    const on = actions();
    const { container } = render(<FollowSection data={data} actions={on} />);
    const notifications = container.querySelector('[data-testid="showfate-follow-notifications"]') as HTMLInputElement;
    expect(notifications.checked).toBe(true);
    fireEvent.click(notifications);
    expect(on.onNotificationsChange).toHaveBeenCalledWith(false);
    const frequency = container.querySelector('[data-testid="showfate-follow-frequency"]') as HTMLSelectElement;
    expect([...frequency.options].map((option) => [option.value, option.textContent])).toEqual([
      ['6h', 'every 6 hours'],
      ['12h', 'every 12 hours'],
      ['daily', 'once a day'],
      ['weekly', 'once a week'],
    ]);
    expect(frequency.value).toBe('daily');
    fireEvent.change(frequency, { target: { value: 'weekly' } });
    expect(on.onFrequencyChange).toHaveBeenCalledWith('weekly');
    fireEvent.click(container.querySelector('[data-testid="showfate-follow-export"]')!);
    expect(on.onExport).toHaveBeenCalledOnce();
    const input = container.querySelector('[data-testid="showfate-follow-import"]') as HTMLInputElement;
    const file = new File(['{}'], 'shows.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(on.onImportFile).toHaveBeenCalledExactlyOnceWith(file);
  });

  it('says an import problem as an alert', () => {
    const { container } = render(
      <FollowSection
        data={{
          ...data,
          outcome: {
            kind: 'import',
            result: { ok: false, problem: 'bad-entry', entry: 3, detail: 'status: unknown status' },
          },
        }}
        actions={actions()}
      />,
    );
    const status = container.querySelector('[data-testid="showfate-follow-options-status"]');
    expect(status?.getAttribute('role')).toBe('alert');
    expect(status?.textContent).toBe('Show 3 in that file is not valid (status: unknown status). Nothing was changed.');
  });

  it.each([
    [{ kind: 'import', result: { ok: false, problem: 'not-json' } }, 'not JSON', true],
    [{ kind: 'import', result: { ok: false, problem: 'not-an-export' } }, 'not a ShowFate export', true],
    [{ kind: 'import', result: { ok: false, problem: 'wrong-version', version: '7' } }, 'version 7', true],
    [{ kind: 'import', result: { ok: false, problem: 'too-large' } }, 'over 1 MB', true],
    [{ kind: 'import', result: { ok: false, problem: 'too-many', max: 200 } }, 'more than 200', true],
    [
      { kind: 'import', result: { ok: true, added: 2, alreadyFollowed: 1, total: 3 } },
      'Shows added: 2; already followed: 1',
      false,
    ],
    [{ kind: 'exported', count: 4 }, 'Shows exported: 4', false],
    [{ kind: 'read-failed' }, 'could not be read', true],
  ] as const)('describes %o', (outcome, text, failed) => {
    const said = describeFollowOutcome(outcome as never);
    expect(said.text).toContain(text);
    expect(said.failed).toBe(failed);
  });
});
