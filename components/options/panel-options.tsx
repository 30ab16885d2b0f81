import { type MessageId, t } from '../../utils/i18n/translate';
import { PANEL_CORNERS, type PanelCorner } from '../../utils/settings/settings';
import { CheckOption } from './check-option';

interface PanelOptionsProps {
  data: { corner: PanelCorner; startsCollapsed: boolean };
  actions: { onCornerChange: (corner: PanelCorner) => void; onStartsCollapsedChange: (collapsed: boolean) => void };
}

/** Each corner's name; TypeScript refuses a corner added to `PANEL_CORNERS` without one. */
const CORNER_NAMES: Record<PanelCorner, MessageId> = {
  'bottom-right': 'optionsCornerBottomRight',
  'bottom-left': 'optionsCornerBottomLeft',
  'top-right': 'optionsCornerTopRight',
  'top-left': 'optionsCornerTopLeft',
};

/** Where the panel sits and whether it starts folded; open tabs follow at once. */
export function PanelOptions({ data: { corner, startsCollapsed }, actions }: PanelOptionsProps) {
  return (
    <fieldset data-testid="showfate-panel-options">
      <legend>{t('optionsPanelLegend')}</legend>
      <fieldset class="sf-corners">
        <legend>{t('optionsCornerLabel')}</legend>
        {PANEL_CORNERS.map((option) => (
          <label key={option} class="sf-check">
            <input
              type="radio"
              name="showfate-corner"
              value={option}
              checked={corner === option}
              data-testid={`showfate-corner-${option}`}
              onChange={() => actions.onCornerChange(option)}
            />
            <span>{t(CORNER_NAMES[option])}</span>
          </label>
        ))}
      </fieldset>
      <CheckOption
        data={{ checked: startsCollapsed, testId: 'showfate-start-collapsed' }}
        actions={{ onChange: (checked) => actions.onStartsCollapsedChange(checked) }}
      >
        {t('optionsStartCollapsed')}
        <small>{t('optionsStartCollapsedHint')}</small>
      </CheckOption>
    </fieldset>
  );
}
