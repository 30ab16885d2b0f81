import '../../components/showfate.css';
import { render } from 'preact';
import { ErrorBoundary } from '../../components/error-boundary';
import { uiLocale } from '../../utils/i18n/translate';
import { PopupApp } from './popup-app';

document.documentElement.lang = uiLocale();

render(
  <ErrorBoundary frameClass="sf-popup-main" onReset={() => location.reload()}>
    <PopupApp />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
