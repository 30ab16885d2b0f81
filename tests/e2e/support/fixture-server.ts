/**
 * One local HTTPS server that answers for every real host the extension talks to. Chromium's
 * --host-resolver-rules sends www.netflix.com, api.tvmaze.com and news.google.com here, so the
 * content script's real match patterns fire and the background's real requests arrive, with no
 * test double in the extension and no internet.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEADLINE_ARTICLES,
  findShowsByName,
  googleNewsRss,
  NEWS,
  SHOWS,
  tradeArticlePage,
  tradeRss,
  tvmazeShowJson,
} from './fixture-world';
import { netflixBrowsePage, netflixTitlePage, netflixWatchPage } from './netflix-pages';
import { answerOmdb, answerTmdb } from './rating-apis';
import { findServicePage, SERVICE_HOSTS } from './service-pages';

export const FIXTURE_HOSTS = [
  'www.netflix.com',
  'api.tvmaze.com',
  'news.google.com',
  'query.wikidata.org',
  'deadline.com',
  'tvline.com',
  'variety.com',
  'www.whats-on-netflix.com',
  // The other streaming services (support/service-pages.ts).
  'www.primevideo.com',
  'www.amazon.com',
  'www.disneyplus.com',
  'www.hulu.com',
  'play.max.com',
  'play.hbomax.com',
  'www.hbomax.com',
  'tv.apple.com',
  'www.paramountplus.com',
  'www.peacocktv.com',
  'www.imdb.com',
  // The keyed rating APIs (support/rating-apis.ts).
  'www.omdbapi.com',
  'api.themoviedb.org',
] as const;

const SERVICE_PAGE_HOSTS: ReadonlySet<string> = new Set(SERVICE_HOSTS);

export interface RecordedRequest {
  host: string;
  path: string;
  at: number;
  /** The request's Cookie header, when it had one (a content script's same-origin request carries the site's). */
  cookie?: string;
}

/**
 * What a test can make a source do instead of answering normally (the soak and worker-restart
 * files): answer late, fail with a status, hang past every timeout, cut the body short, or send
 * bytes that are not the format asked for.
 */
export type Fault =
  | { kind: 'delay'; ms: number }
  | { kind: 'timeout'; ms: number }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'truncated' }
  | { kind: 'garbage' };

export interface FixtureServer {
  port: number;
  requests: RecordedRequest[];
  /** Requests to these hosts get their connection dropped, as when the network is down. */
  offlineHosts: Set<string>;
  /** Answers from these hosts wait this many milliseconds, as on a slow network. */
  slowHosts: Map<string, number>;
  /** Pages or answers a test adds for a host: path (with query) → body and content type. */
  extraRoutes: Map<string, { status?: number; type: string; body: string }>;
  /** Asked before every answer: a fault to inject, or null to answer normally. */
  intercept: ((request: { host: string; url: URL }) => Fault | null) | null;
  requestsTo(host: string): RecordedRequest[];
  /** The PEM file of the test CA that signed the server's certificate. */
  caCertificatePath: string;
  close(): Promise<void>;
}

/**
 * A throwaway test CA and a certificate signed by it for every fixture host. Chromium gets
 * --ignore-certificate-errors; Firefox trusts the CA in its fresh profile (support/firefox.ts).
 */
function makeCertificate(): { key: Buffer; cert: Buffer; caPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'showfate-cert-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-keyout',
    file('ca-key.pem'),
    '-out',
    file('ca.pem'),
    '-subj',
    '/CN=ShowFate test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    file('key.pem'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=showfate-fixtures',
  );
  const altNames = FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',');
  writeFileSync(
    file('server.ext'),
    `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca-key.pem'),
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
    '-out',
    file('cert.pem'),
  );
  return { key: readFileSync(file('key.pem')), cert: readFileSync(file('cert.pem')), caPath: file('ca.pem') };
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

function answerTvmaze(url: URL, response: ServerResponse) {
  const cors = { 'access-control-allow-origin': '*' };
  const json = (status: number, body: unknown) =>
    send(response, status, 'application/json; charset=UTF-8', JSON.stringify(body), cors);
  const query = url.searchParams.get('q') ?? '';
  if (url.pathname === '/search/shows') {
    return json(
      200,
      findShowsByName(query).map((show, index) => ({ score: 0.9 - index * 0.1, show: tvmazeShowJson(show) })),
    );
  }
  if (url.pathname === '/singlesearch/shows') {
    const [best] = findShowsByName(query);
    // TVmaze's real "no match": 404 with an empty body.
    return best ? json(200, tvmazeShowJson(best)) : send(response, 404, 'text/plain', '', cors);
  }
  if (url.pathname === '/lookup/shows') {
    const show = SHOWS.find((candidate) => candidate.imdb === url.searchParams.get('imdb'));
    if (!show) return send(response, 404, 'text/plain', '', cors);
    response.writeHead(301, { location: `https://api.tvmaze.com/shows/${show.id}`, ...cors });
    return response.end();
  }
  const byId = /^\/shows\/(\d+)$/.exec(url.pathname);
  if (byId) {
    const show = SHOWS.find((candidate) => candidate.id === Number(byId[1]));
    return show ? json(200, tvmazeShowJson(show)) : json(404, { name: 'Not Found', status: 404 });
  }
  return json(404, { name: 'Not Found', status: 404 });
}

function answerGoogleNews(url: URL, response: ServerResponse) {
  if (url.pathname !== '/rss/search') return send(response, 404, 'text/html', 'Not found');
  const query = url.searchParams.get('q') ?? '';
  // Google News matches the quoted phrase: answer with the news of the show the query quotes.
  const quoted = /"([^"]+)"/.exec(query)?.[1]?.toLowerCase();
  const items = Object.entries(NEWS).find(([name]) => name.toLowerCase() === quoted)?.[1] ?? [];
  send(response, 200, 'application/xml; charset=UTF-8', googleNewsRss(query, items));
}

/** Wikidata's SPARQL endpoint: which IMDb id has this Netflix id (P1874)? */
function answerWikidata(url: URL, response: ServerResponse) {
  const query = url.searchParams.get('query') ?? '';
  const netflixId = /wdt:P1874 "(\d+)"/.exec(query)?.[1];
  const show = SHOWS.find((candidate) => candidate.inWikidata && candidate.netflixId === netflixId);
  const bindings = show?.imdb ? [{ imdb: { type: 'literal', value: show.imdb } }] : [];
  send(
    response,
    200,
    'application/sparql-results+json',
    JSON.stringify({ head: { vars: ['imdb'] }, results: { bindings } }),
  );
}

/** The trade press: Deadline's TV feed and its article pages; the other outlets' feeds are empty. */
function answerTrade(host: string, url: URL, response: ServerResponse) {
  if (url.pathname.endsWith('/feed/')) {
    const articles = host === 'deadline.com' ? DEADLINE_ARTICLES : [];
    return send(response, 200, 'application/rss+xml; charset=UTF-8', tradeRss(host, `${host} TV`, articles));
  }
  const article =
    host === 'deadline.com' ? DEADLINE_ARTICLES.find((candidate) => candidate.path === url.pathname) : undefined;
  if (article) return send(response, 200, 'text/html; charset=UTF-8', tradeArticlePage(article));
  send(response, 404, 'text/html', '<h1>Not found</h1>');
}

function answerNetflix(url: URL, response: ServerResponse) {
  const html = (body: string | null) =>
    body
      ? send(response, 200, 'text/html; charset=utf-8', body)
      : send(response, 404, 'text/html', '<h1>Not found</h1>');
  const title = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?title\/(\d+)/.exec(url.pathname);
  if (title) return html(netflixTitlePage(title[1]!));
  if (url.pathname === '/browse' || url.pathname.startsWith('/browse/')) return html(netflixBrowsePage());
  const watch = /^\/watch\/(\d+)/.exec(url.pathname);
  // In this world an episode's id is its show's id plus one.
  if (watch) return html(netflixWatchPage(watch[1]!, String(Number(watch[1]) - 1)));
  return html('<!doctype html><html><head><title>Netflix</title></head><body><h1>Netflix</h1></body></html>');
}

/** Another streaming service's page (support/service-pages.ts), or that site's 404. */
function answerServicePage(url: URL, response: ServerResponse) {
  const page = findServicePage(url);
  if (page !== null) return send(response, 200, 'text/html; charset=utf-8', page);
  send(response, 404, 'text/html', '<!doctype html><title>Not found</title><h1>Not found</h1>');
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  const offlineHosts = new Set<string>();
  const slowHosts = new Map<string, number>();
  const extraRoutes: FixtureServer['extraRoutes'] = new Map();
  const { caPath, ...certificate } = makeCertificate();

  const fixtures: FixtureServer = {
    port: 0,
    requests,
    offlineHosts,
    slowHosts,
    extraRoutes,
    intercept: null,
    requestsTo: (host) => requests.filter((request) => request.host === host),
    caCertificatePath: caPath,
    close: async () => {},
  };

  const server: Server = createServer(certificate, async (request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    requests.push({ host, path: url.pathname + url.search, at: Date.now(), cookie: request.headers.cookie });
    if (offlineHosts.has(host)) {
      request.socket.destroy();
      return;
    }
    const delay = slowHosts.get(host);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const fault = fixtures.intercept?.({ host, url }) ?? null;
    if (fault?.kind === 'delay') {
      setTimeout(() => answer(response, host, url, request), fault.ms);
      return;
    }
    if (fault) return injectFault(fault, request, response);
    answer(response, host, url, request);
  });

  function answer(response: ServerResponse, host: string, url: URL, request: IncomingMessage) {
    if (response.destroyed) return;
    const extra = extraRoutes.get(`${host}${url.pathname}${url.search}`);
    if (extra) return send(response, extra.status ?? 200, extra.type, extra.body);
    if (host === 'api.tvmaze.com') return answerTvmaze(url, response);
    if (host === 'news.google.com') return answerGoogleNews(url, response);
    if (host === 'www.netflix.com') return answerNetflix(url, response);
    if (host === 'query.wikidata.org') return answerWikidata(url, response);
    if (['deadline.com', 'tvline.com', 'variety.com', 'www.whats-on-netflix.com'].includes(host)) {
      return answerTrade(host, url, response);
    }
    if (SERVICE_PAGE_HOSTS.has(host)) return answerServicePage(url, response);
    if (host === 'www.omdbapi.com' || host === 'api.themoviedb.org') {
      const rated = host === 'www.omdbapi.com' ? answerOmdb(url) : answerTmdb(url, request.headers.authorization);
      return send(response, rated.status, 'application/json; charset=utf-8', rated.body);
    }
    send(response, 404, 'text/plain', `No fixture for ${host}`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fixtures.port = (server.address() as AddressInfo).port;
  fixtures.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fixtures;
}

function injectFault(fault: Fault, request: IncomingMessage, response: ServerResponse) {
  switch (fault.kind) {
    case 'delay':
      return;
    case 'timeout':
      // Nothing at all, then the connection drops: past every request timeout of the extension.
      setTimeout(() => request.socket.destroy(), fault.ms);
      return;
    case 'status':
      return send(response, fault.status, 'text/plain', `fault ${fault.status}`, fault.headers);
    case 'truncated': {
      // Promises more than it sends, then hangs up mid-body.
      const body = '{"id": 1, "name": "Trunc';
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length * 4) });
      response.write(body);
      setTimeout(() => request.socket.destroy(), 20);
      return;
    }
    case 'garbage':
      return send(response, 200, 'application/json; charset=UTF-8', '\u0000<html>{{not json]] \uFFFD<!--');
  }
}
