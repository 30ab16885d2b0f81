import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followChanges, followedShows } from '../../utils/settings/settings';
import { sampleChange, sampleFollowed } from '../support/sample-follow';
import { sampleQuery, sampleReport } from '../support/sample-report';

/** A report of a page with its own rating, which a followed show does not keep. */
const report = sampleReport({ query: sampleQuery({ pageRating: { source: 'imdb', value: 6.1, scale: 10 } }) });

const sendMessage = vi.fn();
vi.mock('../../utils/messaging/protocol', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));
const { useFollow } = await import('../../components/hooks/use-follow');

function Probe() {
  const follow = useFollow();
  const toggle = follow.toggleFor(report);
  return (
    <div>
      <output data-testid="followed">{follow.shows?.map((show) => show.name).join(',') ?? 'loading'}</output>
      <output data-testid="changes">{follow.changes.length}</output>
      <output data-testid="pressed">{String(toggle?.followed)}</output>
      <button type="button" onClick={() => follow.toggle(report)}>
        toggle
      </button>
    </div>
  );
}

afterEach(cleanup);

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  sendMessage.mockImplementation(async (name: string) =>
    name === 'getFollowState' ? { shows: [], changes: [] } : undefined,
  );
});

describe('useFollow', () => {
  it('asks the background once, then follows the stored list as it changes elsewhere', async () => {
    const view = render(<Probe />);
    const text = (id: string) => view.getByTestId(id).textContent;
    await waitFor(() => expect(text('followed')).toBe(''));
    expect(text('pressed')).toBe('false');
    await act(() => followedShows.setValue([sampleFollowed()]));
    await waitFor(() => expect(text('pressed')).toBe('true'));
    expect(text('followed')).toBe('The Imperfects');
    await act(() => followChanges.setValue([sampleChange(), { bad: true } as never]));
    await waitFor(() => expect(text('changes')).toBe('1'));
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('follows through the background with the report’s query (not its rating), and unfollows by id', async () => {
    const view = render(<Probe />);
    await waitFor(() => expect(view.getByTestId('pressed').textContent).toBe('false'));
    fireEvent.click(view.getByText('toggle'));
    expect(sendMessage).toHaveBeenLastCalledWith('followShow', sampleQuery());
    await act(() => followedShows.setValue([sampleFollowed()]));
    await waitFor(() => expect(view.getByTestId('pressed').textContent).toBe('true'));
    fireEvent.click(view.getByText('toggle'));
    expect(sendMessage).toHaveBeenLastCalledWith('unfollowShow', 61000);
  });
});
