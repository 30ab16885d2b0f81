import { type PanelState, statusDescription, statusLabel } from '../utils/status/fate-status';

interface StatusBadgeProps {
  data: { status: PanelState };
  /** The public contract's `showfate-status` by default; lists use their own id. */
  testId?: string;
}

/** The status in one word, colour-coded; part of the public DOM contract (data-status). */
export function StatusBadge({ data, testId = 'showfate-status' }: StatusBadgeProps) {
  return (
    <span
      class={`sf-badge sf-badge--${data.status}`}
      data-testid={testId}
      data-status={data.status}
      title={statusDescription(data.status)}
    >
      {statusLabel(data.status)}
    </span>
  );
}
