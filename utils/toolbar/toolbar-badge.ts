import { t } from '../i18n/translate';
import { type FateStatus, statusLabel, TOOLBAR_BADGES } from '../status/fate-status';

/** What a show page's content script says about its tab: the show's status, or nothing to show. */
export interface TabBadge {
  status: FateStatus;
  title: string;
}

/** The toolbar button's default title (the manifest's `action.default_title`): the name, never translated. */
export const TOOLBAR_TITLE = 'ShowFate';

/** What the toolbar button of one tab carries: empty text clears the badge. */
export interface ToolbarButtonState {
  text: string;
  color: string | null;
  title: string;
}

/**
 * The toolbar button for a tab: the status's short badge and, for screen readers (the badge is a
 * few letters and a colour), the show and its status in the button's title. Nothing when the tab
 * has no show or the user turned the badge off.
 */
export function toolbarButtonFor(badge: TabBadge | null, enabled: boolean): ToolbarButtonState {
  if (!badge || !enabled) return { text: '', color: null, title: TOOLBAR_TITLE };
  const { text, color } = TOOLBAR_BADGES[badge.status];
  return { text, color, title: t('toolbarTitleWithStatus', TOOLBAR_TITLE, badge.title, statusLabel(badge.status)) };
}

/** The part of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) the badge uses. */
export interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
}

/** Draws one tab's toolbar button. A tab closed meanwhile makes the browser reject: nothing to draw then. */
export async function applyToolbarButton(action: ToolbarAction, tabId: number, state: ToolbarButtonState) {
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: state.text }),
      state.color ? action.setBadgeBackgroundColor({ tabId, color: state.color }) : undefined,
      action.setTitle({ tabId, title: state.title }),
    ]);
  } catch {
    // "No tab with id": the tab went away between the message and the drawing.
  }
}
