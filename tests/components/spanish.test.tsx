/**
 * The UI in a Spanish browser: every component reads its words from public/_locales/es, and numbers
 * and dates come out the Spanish way (Intl in the browser's language). The rest of the unit tests
 * run in English (tests/setup/browser-i18n.setup.ts).
 */
import { render } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../components/error-boundary';
import { CacheOptions } from '../../components/options/cache-options';
import { PanelOptions } from '../../components/options/panel-options';
import { ServiceOptions } from '../../components/options/service-options';
import { OptionsForm } from '../../components/options-form';
import { type PanelView, ShowPanel } from '../../components/show-panel';
import { ShowPicker } from '../../components/show-picker';
import { describeLookupError } from '../../utils/messaging/describe-error';
import { DEFAULT_NEWS_SOURCES, DEFAULT_SERVICES } from '../../utils/settings/settings';
import { installLocale } from '../support/browser-i18n';
import { sampleReport } from '../support/sample-report';

beforeEach(() => installLocale('es'));

function renderPanel(view: PanelView, collapsed = false) {
  const actions = { onToggleCollapsed: vi.fn(), onRetry: vi.fn(), onWrongShow: vi.fn() };
  const { container } = render(<ShowPanel data={{ view, collapsed }} actions={actions} />);
  return (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
}

describe('the panel in Spanish', () => {
  it('says the status, the match, the ratings and the article date in Spanish', () => {
    const report = sampleReport({
      ratings: [
        { source: 'imdb', value: 6.1, scale: 10, votes: 1500 },
        { source: 'rotten-tomatoes-audience', value: 79, scale: 100 },
      ],
      query: { ...sampleReport().query, imdbId: 'tt14537248' },
    });
    const get = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-status')?.textContent).toBe('Cancelada');
    expect(get('showfate-status')?.getAttribute('title')).toBe('La cadena canceló la serie.');
    // The DOM contract's values stay language-neutral.
    expect(get('showfate-status')?.getAttribute('data-status')).toBe('canceled');
    expect(get('showfate-match')?.textContent).toBe('Encontrada por el título¿No es esta serie?');
    expect(get('showfate-article')?.textContent).toContain('Cancelada · Deadline · 8 nov 2022');
    const ratings = get('showfate-rating')?.parentElement;
    expect(ratings?.getAttribute('aria-label')).toBe('Valoraciones');
    expect(ratings?.textContent).toContain('IMDb 6,1/10 (1500 votos)');
    // Intl puts a no-break space before the per cent sign in Spanish.
    expect(ratings?.textContent).toMatch(/Rotten Tomatoes \(público\) 79\u00a0%/);
    expect(get('showfate-announcement')?.textContent).toBe('ShowFate: The Imperfects: Cancelada.');
  });

  it('groups thousands the Spanish way from five digits', () => {
    const report = sampleReport({ ratings: [{ source: 'imdb', value: 7.4, scale: 10, votes: 2_300_000 }] });
    const get = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-rating')?.textContent).toContain('(2.300.000 votos)');
  });

  it('says loading, errors and the collapse button in Spanish', () => {
    expect(renderPanel({ state: 'loading', title: 'Dark' })('showfate-panel')?.textContent).toContain(
      'Buscando «Dark»…',
    );
    const error = renderPanel({ state: 'error', title: 'Dark', message: describeLookupError(new Error('boom')) });
    expect(error('showfate-error')?.textContent).toBe(
      'ShowFate no ha podido consultar esta serie. Inténtalo de nuevo en un momento.',
    );
    expect(error('showfate-retry')?.textContent).toBe('Reintentar');
    expect(error('showfate-collapse')?.getAttribute('aria-label')).toBe('Plegar el panel de ShowFate');
    const collapsed = renderPanel({ state: 'report', report: sampleReport(), refreshing: false }, true);
    expect(collapsed('showfate-collapse')?.getAttribute('aria-label')).toBe('Desplegar el panel de ShowFate');
  });

  it('says a show was not found, with its year', () => {
    const report = sampleReport({ show: null, status: 'unknown', query: { ...sampleReport().query, year: 2022 } });
    const get = renderPanel({ state: 'report', report, refreshing: false });
    expect(get('showfate-not-found')?.textContent).toBe(
      'No encontrada: ninguna serie de TVmaze coincide con seguridad con «The Imperfects» (2022).',
    );
  });
});

describe('the picker, the error frame and the options in Spanish', () => {
  it('asks which show it is, in Spanish', () => {
    const { container } = render(
      <ShowPicker
        data={{ view: { state: 'results', searchTitle: 'Nada', candidates: [] } }}
        actions={{ onSearch: vi.fn(), onPick: vi.fn(), onCancel: vi.fn() }}
      />,
    );
    expect(container.textContent).toContain('¿Qué serie es esta?');
    expect(container.textContent).toContain('Ninguna serie de TVmaze se llama «Nada».');
  });

  it('says something went wrong, in Spanish', () => {
    const Broken = () => {
      throw new Error('boom');
    };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ErrorBoundary frameClass="sf-panel">
        <Broken />
      </ErrorBoundary>,
    );
    expect(container.textContent).toBe('Algo ha fallado al mostrar esto.Reintentar');
  });

  it('writes the whole options page in Spanish', () => {
    const { container } = render(
      <>
        <OptionsForm
          data={{
            options: {
              overlayEnabled: true,
              toolbarBadge: true,
              newsSources: DEFAULT_NEWS_SOURCES,
              tradeAccess: false,
              articleReading: false,
            },
            saved: true,
            error: null,
          }}
          actions={{
            onOverlayChange: vi.fn(),
            onToolbarBadgeChange: vi.fn(),
            onNewsSourceChange: vi.fn(),
            onTradeAccessChange: vi.fn(),
            onArticleReadingChange: vi.fn(),
          }}
        />
        <ServiceOptions data={{ services: DEFAULT_SERVICES }} actions={{ onServiceChange: vi.fn() }} />
        <PanelOptions
          data={{ corner: 'bottom-right', startsCollapsed: false }}
          actions={{ onCornerChange: vi.fn(), onStartsCollapsedChange: vi.fn() }}
        />
        <CacheOptions
          data={{
            view: {
              state: 'measured',
              usage: { reports: 1234, articles: 5, bytes: 12_400, persistent: true },
              cleared: false,
            },
            clearing: false,
          }}
          actions={{ onClear: vi.fn() }}
        />
      </>,
    );
    const legends = [...container.querySelectorAll('legend')].map((legend) => legend.textContent);
    expect(legends).toEqual([
      'En las páginas de streaming',
      'Dónde consulta ShowFate',
      'Prensa especializada',
      'Servicios de streaming',
      'El panel',
      'Esquina de la página',
      'Caché',
    ]);
    expect(container.querySelector('[data-testid="showfate-options-status"]')?.textContent).toBe('Guardado.');
    expect(container.querySelector('[data-testid="showfate-cache-usage"]')?.textContent).toBe(
      '1234 informes guardados y 5 titulares de la prensa especializada, unos 12 kB.',
    );
    expect(container.querySelector('[data-testid="showfate-clear-cache"]')?.textContent).toBe('Vaciar la caché');
    expect(container.textContent).toContain('Abajo a la derecha');
  });
});
