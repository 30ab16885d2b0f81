import { describe, expect, it, vi } from 'vitest';
import { statusLabel, TOOLBAR_BADGES } from '../../utils/status/fate-status';
import {
  applyToolbarButton,
  TOOLBAR_TITLE,
  type ToolbarAction,
  toolbarButtonFor,
} from '../../utils/toolbar/toolbar-badge';
import { installLocale } from '../support/browser-i18n';

function fakeAction() {
  return {
    setBadgeText: vi.fn(async () => {}),
    setBadgeBackgroundColor: vi.fn(async () => {}),
    setTitle: vi.fn(async () => {}),
  } satisfies ToolbarAction;
}

describe('the toolbar badge', () => {
  it('shows the status as its short text and colour, with the show and status in the title', () => {
    expect(toolbarButtonFor({ status: 'canceled', title: 'Dark Winds' }, true)).toEqual({
      text: 'CXL',
      color: TOOLBAR_BADGES.canceled.color,
      title: 'ShowFate: Dark Winds: Canceled',
    });
    expect(toolbarButtonFor({ status: 'ended', title: 'Dark' }, true).text).toBe('END');
    expect(toolbarButtonFor({ status: 'renewed', title: 'Dark' }, true).text).toBe('NEW');
  });

  it("writes the title in the browser's language", () => {
    installLocale('es');
    expect(toolbarButtonFor({ status: 'canceled', title: 'Dark Winds' }, true).title).toBe(
      `ShowFate: Dark Winds: ${statusLabel('canceled')}`,
    );
    expect(statusLabel('canceled')).toBe('Cancelada');
  });

  it('is cleared when the tab has no show, and when the user turned it off', () => {
    const cleared = { text: '', color: null, title: TOOLBAR_TITLE };
    expect(toolbarButtonFor(null, true)).toEqual(cleared);
    expect(toolbarButtonFor({ status: 'canceled', title: 'Dark' }, false)).toEqual(cleared);
  });

  it('draws on the given tab only', async () => {
    const action = fakeAction();
    await applyToolbarButton(action, 12, toolbarButtonFor({ status: 'ending', title: 'Stranger Things' }, true));
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: TOOLBAR_BADGES.ending.text });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 12, color: TOOLBAR_BADGES.ending.color });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 12, title: 'ShowFate: Stranger Things: Ending' });
  });

  it('clears text and title without a colour, and survives a tab closed meanwhile', async () => {
    const action = fakeAction();
    action.setBadgeText.mockRejectedValue(new Error('No tab with id: 12.'));
    await expect(applyToolbarButton(action, 12, toolbarButtonFor(null, true))).resolves.toBeUndefined();
    expect(action.setBadgeBackgroundColor).not.toHaveBeenCalled();
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 12, title: TOOLBAR_TITLE });
  });
});
