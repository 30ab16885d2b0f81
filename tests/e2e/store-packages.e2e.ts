/**
 * What the stores receive: the Chrome zip, the Firefox zip and Firefox's sources zip (made by
 * `npm run zip` and `npm run zip:firefox`, which `npm run test:e2e` runs first), their manifests,
 * and Mozilla's add-on linter (`web-ext lint`) on the Firefox build: no error, and no warning from
 * our own code. A warning from a bundled library is allowed only when it is one the README explains.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  description: string;
  homepage?: string;
};

const BUILDS = { chrome: join(OUTPUT, 'chrome-mv3'), firefox: join(OUTPUT, 'firefox-mv2') } as const;
const ZIPS = {
  chrome: join(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: join(OUTPUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  sources: join(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`),
};

const manifestOf = (build: keyof typeof BUILDS) =>
  JSON.parse(readFileSync(join(BUILDS[build], 'manifest.json'), 'utf8'));

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The names of the files in a zip (Node has no unzip: Python's zipfile module lists them). */
function zipEntries(path: string): string[] {
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';
  return execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (build) => {
  it('has the real name, description, version and icons from 16 to 128 px', () => {
    const manifest = manifestOf(build);
    expect(manifest.name).toBe('ShowFate');
    // The description is the browser's language's (extDescription); English is package.json's.
    expect(manifest.default_locale).toBe('en');
    expect(manifest.description).toBe('__MSG_extDescription__');
    const localesDir = join(BUILDS[build], '_locales');
    const locales = readdirSync(localesDir);
    expect(locales).toEqual(expect.arrayContaining(['en', 'es']));
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      const description = messages.extDescription?.message ?? '';
      if (locale === 'en') expect(description).toBe(pkg.description);
      expect(description.trim(), locale).not.toBe('');
      // Both stores cut descriptions at 132 characters: in every language.
      expect(description.length, locale).toBeLessThanOrEqual(132);
    }
    expect(manifest.version).toBe(pkg.version);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
      expect(pngSize(join(BUILDS[build], file))).toEqual({ width: Number(size), height: Number(size) });
    }
    if (pkg.homepage) expect(manifest.homepage_url).toBe(pkg.homepage);
  });
});

describe('store packages', () => {
  it('zips each build with its manifest at the root', () => {
    for (const zip of [ZIPS.chrome, ZIPS.firefox]) {
      expect(existsSync(zip), `${zip} (npm run zip / zip:firefox)`).toBe(true);
      const entries = zipEntries(zip);
      expect(entries).toContain('manifest.json');
      expect(entries).toContain('icon/128.png');
      expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    }
  });

  it("gives Mozilla's reviewers the sources to rebuild from, without build output or dependencies", () => {
    const entries = zipEntries(ZIPS.sources);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/background.ts',
    ]) {
      expect(entries).toContain(needed);
    }
    expect(entries.filter((entry) => /^(node_modules|\.output|\.wxt)\//.test(entry))).toEqual([]);
  });

  it('declares the Firefox minimum version and data collection truthfully', () => {
    const gecko = manifestOf('firefox').browser_specific_settings;
    // data_collection_permissions exists from Firefox 140 and Firefox for Android 142.
    expect(gecko.gecko.strict_min_version).toBe('140.0');
    expect(gecko.gecko_android.strict_min_version).toBe('142.0');
    // The show's title, read from the page, is sent to TVmaze, Wikidata and Google News.
    expect(gecko.gecko.data_collection_permissions).toEqual({ required: ['websiteContent'] });
  });
});

interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Library warnings the README explains ("Mozilla's linter"): Preact's renderer assigns
 * `innerHTML` only for `dangerouslySetInnerHTML`, which ShowFate never uses. Recognised by the code
 * at the reported place, not by file name (chunk names change).
 */
function isExplainedLibraryWarning(message: LintMessage): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || message.line !== 1 || !message.column) return false;
  const code = readFileSync(join(BUILDS.firefox, message.file), 'utf8');
  const around = code.slice(Math.max(0, message.column - 200), message.column + 200);
  return /\.__html/.test(around) && /innerHTML/.test(around);
}

/**
 * Ours, explained in the README ("Performance"): the content script `import()`s the show-page script,
 * the extension's own packaged file, by `runtime.getURL` of a constant path; the linter flags any
 * import whose argument isn't a literal. Recognised by that code at the reported place.
 */
function isExplainedShowPageImport(message: LintMessage): boolean {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || message.file !== 'content-scripts/content.js' || !message.column) {
    return false;
  }
  const code = readFileSync(join(BUILDS.firefox, message.file), 'utf8');
  const around = code.slice(Math.max(0, message.column - 120), message.column + 120);
  return /import\(\s*[\w$]+\.runtime\.getURL\(/.test(around) && /show-page\.js/.test(code);
}

describe("Mozilla's add-on linter", () => {
  it('finds no error and no warning of ours in the Firefox build', () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    const run = spawnSync(bin, ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: LintMessage[];
      warnings: LintMessage[];
      notices: LintMessage[];
    };
    const explain = (message: LintMessage) =>
      `${message._type} ${message.code} ${message.file ?? ''}:${message.line ?? ''}:${message.column ?? ''} ${message.message}`;
    console.info(`web-ext lint summary: ${JSON.stringify(report.summary)}`);
    for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
      console.info(
        `  ${explain(message)}${isExplainedLibraryWarning(message) ? ' (Preact, explained in the README)' : ''}`,
      );
    }
    expect(report.errors.map(explain)).toEqual([]);
    expect(
      report.warnings
        .filter((message) => !isExplainedLibraryWarning(message) && !isExplainedShowPageImport(message))
        .map(explain),
    ).toEqual([]);
    expect(report.notices.map(explain)).toEqual([]);
  });
});
