import { type MessageId, t } from '../i18n/translate';

/**
 * The one status vocabulary every part of ShowFate speaks: background, panel, popup, tests.
 * `loading` and `error` are UI states only; the background never stores them.
 */
export const FATE_STATUSES = [
  'canceled',
  'renewed',
  'ending',
  'ended',
  'revived',
  'airing',
  'pending',
  'in-development',
  'unknown',
] as const;

export type FateStatus = (typeof FATE_STATUSES)[number];

/**
 * What a news article can decide about a show, strongest first: when two verdicts arrive
 * together, a revival outranks a cancellation, which outranks a final season, which outranks a
 * renewal. Each is also the status it gives the show.
 */
export const DECISIVE_VERDICTS = ['revived', 'canceled', 'ending', 'renewed'] as const satisfies readonly FateStatus[];
export type DecisiveVerdict = (typeof DECISIVE_VERDICTS)[number];
export type PanelState = FateStatus | 'loading' | 'error';

/**
 * Each state's word, as a message id (`public/_locales/<lang>/messages.json`): the one declaration
 * of the status words, read in the user's language by `statusLabel`.
 */
export const STATUS_LABELS: Record<PanelState, MessageId> = {
  canceled: 'statusCanceled',
  renewed: 'statusRenewed',
  ending: 'statusEnding',
  ended: 'statusEnded',
  revived: 'statusRevived',
  airing: 'statusAiring',
  pending: 'statusPending',
  'in-development': 'statusInDevelopment',
  unknown: 'statusUnknown',
  loading: 'statusLoading',
  error: 'statusError',
};

/** One line saying what each status means, for tooltips and screen readers (message ids). */
export const STATUS_DESCRIPTIONS: Record<PanelState, MessageId> = {
  canceled: 'statusCanceledDescription',
  renewed: 'statusRenewedDescription',
  ending: 'statusEndingDescription',
  ended: 'statusEndedDescription',
  revived: 'statusRevivedDescription',
  airing: 'statusAiringDescription',
  pending: 'statusPendingDescription',
  'in-development': 'statusInDevelopmentDescription',
  unknown: 'statusUnknownDescription',
  loading: 'statusLoadingDescription',
  error: 'statusErrorDescription',
};

/** The state's word in the user's language ("Canceled", "Cancelada"). */
export function statusLabel(status: PanelState): string {
  return t(STATUS_LABELS[status]);
}

/** What the state means, in the user's language. */
export function statusDescription(status: PanelState): string {
  return t(STATUS_DESCRIPTIONS[status]);
}

export function isFateStatus(value: unknown): value is FateStatus {
  return typeof value === 'string' && (FATE_STATUSES as readonly string[]).includes(value);
}

/**
 * The toolbar button's badge per status (issue 10): at most 4 characters (Chrome shows about that
 * many) and a background colour, the light theme's panel colour so the two agree. The status is
 * also written in the button's title, so the colour never carries it alone.
 */
export const TOOLBAR_BADGES: Record<FateStatus, { text: string; color: string }> = {
  canceled: { text: 'CXL', color: '#b3261e' },
  renewed: { text: 'NEW', color: '#146c2e' },
  ending: { text: 'FIN', color: '#8a4b00' },
  ended: { text: 'END', color: '#4a4a55' },
  revived: { text: 'BACK', color: '#6b2fb3' },
  airing: { text: 'ON', color: '#0b57d0' },
  pending: { text: 'TBD', color: '#5c5c66' },
  'in-development': { text: 'DEV', color: '#5c5c66' },
  unknown: { text: '?', color: '#5c5c66' },
};
