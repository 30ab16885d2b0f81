import { t } from '../../utils/i18n/translate';
import type { DataRecipient } from '../../utils/providers/data-recipients';

interface PrivacySectionProps {
  /** Every host that receives anything (`dataRecipients()`), never a hand-written list. */
  data: { recipients: readonly DataRecipient[] };
}

/** Exactly which host receives what, and when. */
export function PrivacySection({ data: { recipients } }: PrivacySectionProps) {
  return (
    <fieldset data-testid="showfate-privacy">
      <legend>{t('optionsPrivacyLegend')}</legend>
      <p class="sf-note">{t('optionsPrivacyNote')}</p>
      <table class="sf-privacy">
        <thead>
          <tr>
            <th scope="col">{t('optionsPrivacyHost')}</th>
            <th scope="col">{t('optionsPrivacyReceives')}</th>
            <th scope="col">{t('optionsPrivacyWhen')}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.host} data-testid="showfate-privacy-host" data-host={recipient.host}>
              <th scope="row">
                <strong>{recipient.name}</strong> <code>{recipient.host}</code>
              </th>
              <td>{t(recipient.receives)}</td>
              <td>{t(recipient.when)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
