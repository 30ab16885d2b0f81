import { Component, type ComponentChildren } from 'preact';
import { t } from '../utils/i18n/translate';

interface ErrorBoundaryProps {
  children: ComponentChildren;
  /** Class of the fallback's frame, so it sits where the failed view did (`sf-panel`, `sf-popup-main`). */
  frameClass: string;
  /** What "Try again" does besides drawing the view anew (e.g. reload the popup). */
  onReset?: () => void;
}

/**
 * A view that throws while drawing (a record of an unexpected shape, a bug) shows "Something went
 * wrong" with a way out, instead of a blank panel or popup.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    // A warning, not an error: the page's own console is not ours to fill with errors.
    console.warn('ShowFate: a view failed to draw', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section class={this.props.frameClass} aria-label="ShowFate" data-testid="showfate-crashed">
        <div class="sf-summary" role="alert">
          <p class="sf-note">{t('crashedMessage')}</p>
          <button
            type="button"
            class="sf-button"
            data-testid="showfate-crashed-retry"
            onClick={() => {
              this.props.onReset?.();
              this.setState({ failed: false });
            }}
          >
            {t('commonTryAgain')}
          </button>
        </div>
      </section>
    );
  }
}
