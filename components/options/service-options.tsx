import { SERVICE_IDS, type ServiceId, STREAMING_SERVICE_FACTS } from '../../utils/domain';
import { t } from '../../utils/i18n/translate';
import type { ServiceSettings } from '../../utils/settings/settings';
import { CheckOption } from './check-option';

interface ServiceOptionsProps {
  data: { services: ServiceSettings };
  actions: { onServiceChange: (service: ServiceId, enabled: boolean) => void };
}

/** One switch per streaming service, from the one list of services (`STREAMING_SERVICE_FACTS`). */
export function ServiceOptions({ data: { services }, actions }: ServiceOptionsProps) {
  return (
    <fieldset data-testid="showfate-services">
      <legend>{t('optionsServicesLegend')}</legend>
      <p class="sf-note">{t('optionsServicesNote')}</p>
      <ul class="sf-sources sf-services">
        {SERVICE_IDS.map((id) => (
          <li key={id}>
            <CheckOption
              data={{ checked: services[id], testId: `showfate-service-${id}` }}
              actions={{ onChange: (checked) => actions.onServiceChange(id, checked) }}
            >
              {STREAMING_SERVICE_FACTS[id].name}
            </CheckOption>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
