import '../../components/showfate.css';
import { render } from 'preact';
import { ErrorBoundary } from '../../components/error-boundary';
import { PopupApp } from './popup-app';

render(
  <ErrorBoundary frameClass="sf-popup-main" onReset={() => location.reload()}>
    <PopupApp />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
