/** Unit tests run in English unless a test installs another locale (`installLocale('es')`). */
import { beforeEach } from 'vitest';
import { installLocale } from '../support/browser-i18n';

beforeEach(() => installLocale('en'));
