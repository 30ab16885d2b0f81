/**
 * Netflix pages for the end-to-end suite, modelled on what the real site serves
 * (docs/detection.md, Netflix): the logged-out title page with JSON-LD and og tags, the
 * logged-in browse page whose detail modal opens over a billboard of another show (a single-page
 * app: the URL changes with pushState, no reload), and the player.
 */
import { FILMS, SHOWS } from './fixture-world';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface NetflixTitle {
  id: string;
  name: string;
  year: number;
  film: boolean;
  seasons: number;
}

export function netflixTitles(): NetflixTitle[] {
  const shows = SHOWS.filter((show) => show.netflixId).map((show) => ({
    id: show.netflixId!,
    name: show.name,
    year: Number(show.premiered?.slice(0, 4)),
    film: false,
    seasons: 2,
  }));
  const films = FILMS.map((film) => ({ id: film.netflixId, name: film.name, year: film.year, film: true, seasons: 0 }));
  return [...shows, ...films];
}

function findTitle(id: string): NetflixTitle | undefined {
  return netflixTitles().find((title) => title.id === id);
}

export function netflixTitlePage(id: string): string | null {
  const title = findTitle(id);
  if (!title) return null;
  const jsonLd = {
    '@context': 'http://schema.org',
    '@type': title.film ? 'Movie' : 'TVSeries',
    url: `https://www.netflix.com/title/${title.id}`,
    name: title.name,
    dateCreated: `${title.year}-1-1T0:0:0.0Z`,
    ...(title.film ? {} : { numberOfSeasons: title.seasons }),
    genre: 'TV Dramas',
  };
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${escapeHtml(title.name)} | Netflix Official Site</title>
<meta property="og:title" content="Watch ${escapeHtml(title.name)} | Netflix Official Site">
<meta property="og:url" content="https://www.netflix.com/title/${title.id}">
<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
</head><body>
<div class="title-info"><h1 class="title-title" data-uia="title-info-title">${escapeHtml(title.name)}</h1>
<ul class="title-info-metadata"><li data-uia="item-year">${title.year}</li></ul></div>
</body></html>`;
}

/** The logged-in home page: a billboard, a row of cards, and the detail modal driven by `jbv`. */
export function netflixBrowsePage(): string {
  const cards = netflixTitles()
    .map(
      (title) =>
        `<a class="slider-refocus" data-uia="standard-card" aria-label="${escapeHtml(title.name)}" href="/browse?jbv=${title.id}" data-id="${title.id}">${escapeHtml(title.name)}</a>`,
    )
    .join('\n');
  const titles = JSON.stringify(netflixTitles());
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Home - Netflix</title></head>
<body style="background:#141414;color:#fff;font-family:sans-serif;min-height:900px">
<div class="billboard-row"><div class="billboard" data-uia="billboard">
<img class="title-logo" data-uia="billboard-title" alt="Stranger Things" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
</div></div>
<div class="lolomo" data-uia="lolomo"><div class="rowContainer">${cards}</div></div>
<div id="modal-root"></div>
<script>
const titles = ${titles};
function renderModal() {
  const root = document.getElementById('modal-root');
  root.replaceChildren();
  const id = new URL(location.href).searchParams.get('jbv');
  const title = titles.find((t) => t.id === id);
  if (!title) return;
  const modal = document.createElement('div');
  modal.setAttribute('data-uia', 'modal-motion-container-DETAIL_MODAL');
  modal.className = 'previewModal--wrapper detail-modal';
  modal.setAttribute('role', 'dialog');
  const logo = document.createElement('img');
  logo.className = 'previewModal--player-titleTreatment-logo';
  logo.alt = title.name;
  modal.append(logo);
  const meta = document.createElement('div');
  meta.setAttribute('data-uia', 'previewModal--detailsMetadata');
  meta.textContent = (title.film ? '2h 19m ' : title.seasons + ' Seasons ') + title.year + ' TV-MA';
  modal.append(meta);
  const close = document.createElement('button');
  close.setAttribute('data-uia', 'previewModal-closebtn');
  close.textContent = 'Close';
  close.addEventListener('click', () => { history.pushState({}, '', '/browse'); renderModal(); });
  modal.append(close);
  root.append(modal);
}
document.addEventListener('click', (event) => {
  const card = event.target.closest('[data-uia="standard-card"]');
  if (!card) return;
  event.preventDefault();
  history.pushState({}, '', '/browse?jbv=' + card.dataset.id);
  // The real modal renders a moment after the URL changes.
  setTimeout(renderModal, 150);
});
window.addEventListener('popstate', renderModal);
renderModal();
</script>
</body></html>`;
}

/** The player: the show's name in an h4, then the episode. */
export function netflixWatchPage(episodeId: string, showId: string): string | null {
  const title = findTitle(showId);
  if (!title) return null;
  const heading = title.film
    ? `<div data-uia="video-title">${escapeHtml(title.name)}</div>`
    : `<div data-uia="video-title"><h4>${escapeHtml(title.name)}</h4><span>S1:E3</span><span>Chapter Three</span></div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Netflix</title></head>
<body style="background:#000;color:#fff;min-height:900px" data-episode="${escapeHtml(episodeId)}">
<div class="watch-video" data-uia="watch-video"><div class="watch-video--player-view">
<video></video>
<div class="watch-video--bottom-controls-container">${heading}</div>
</div></div>
</body></html>`;
}
