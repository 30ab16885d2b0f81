import '../../components/showfate.css';
import { render } from 'preact';
import { t, uiLocale } from '../../utils/i18n/translate';
import { OptionsApp } from './options-app';

// The page's language and title follow the browser's, like every string on it.
document.documentElement.lang = uiLocale();
document.title = t('optionsPageTitle');

render(<OptionsApp />, document.getElementById('app')!);
