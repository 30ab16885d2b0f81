import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceId } from '../../utils/domain';

// import.meta.dirname, not new URL(…, import.meta.url): under happy-dom the global URL is the
// DOM's, which resolves file: URLs against the page instead of the file system.
export const FIXTURES_DIRECTORY = join(import.meta.dirname, '..', 'fixtures');

/** The absolute path of a saved page, tests/fixtures/<service>/<name>. */
export function fixturePath(serviceId: ServiceId, name: string): string {
  return join(FIXTURES_DIRECTORY, serviceId, name);
}

/** Parses a saved page the way the content script sees it: a Document, no scripts run. */
export function loadFixture(serviceId: ServiceId, name: string): Document {
  return parseHtml(readFileSync(fixturePath(serviceId, name), 'utf8'));
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * Turns declarative shadow roots (`<template shadowrootmode="open">`, how a browser saves a page
 * with its open shadow roots) into attached ones, as Chromium does when it parses the page:
 * happy-dom's DOMParser leaves them as templates. Nested roots are attached in turn.
 */
export function attachDeclarativeShadowRoots<T extends ParentNode>(root: T): T {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode="open"]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot || !(template instanceof HTMLTemplateElement)) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
  return root;
}
