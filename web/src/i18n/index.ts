import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '@scenebridge/shared';
import zhCN from '../locales/zh-CN.json';

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'EN' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** localStorage key of the chosen language (kept across visits). */
export const LANGUAGE_STORAGE_KEY = 'scenebridge.language';

/** A language's texts with the API's error messages from the shared registry (`errors.<CODE>`). */
function withErrorMessages<T extends { errors: Record<string, string> }>(bundle: T, language: 'zh' | 'en'): T {
  return { ...bundle, errors: { ...errorMessages(language), ...bundle.errors } };
}

// Chinese ships with the first page; English is fetched only by those who choose it.
const initialized = i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: withErrorMessages(zhCN, 'zh') } },
    partialBundledLanguages: true,
    supportedLngs: LANGUAGES.map((l) => l.code),
    fallbackLng: 'zh-CN',
    // Chinese first: only an explicit choice (stored) or ?lang= switches to English.
    detection: {
      order: ['querystring', 'localStorage'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });

const syncDocumentLanguage = (lng: string) => {
  document.documentElement.lang = lng;
};
syncDocumentLanguage(i18n.resolvedLanguage ?? 'zh-CN');
i18n.on('languageChanged', syncDocumentLanguage);

async function ensureLoaded(code: LanguageCode): Promise<void> {
  if (code === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { default: en } = await import('../locales/en.json');
    i18n.addResourceBundle('en', 'translation', withErrorMessages(en, 'en'));
  }
}

/** Switches the language, fetching its texts first if needed (the choice is remembered). */
export async function setLanguage(code: LanguageCode): Promise<void> {
  await ensureLoaded(code);
  await i18n.changeLanguage(code);
}

/** Resolves once the texts of the detected language are there (render after it: no flash of Chinese for English readers). */
export const languageReady: Promise<void> = initialized
  .then(() => (i18n.language === 'en' ? setLanguage('en') : undefined))
  .catch(() => undefined);

/** The active language as one of ours (zh-CN when undecided). */
export function currentLanguage(): LanguageCode {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
