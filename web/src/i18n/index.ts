import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'EN' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** localStorage key of the chosen language (kept across visits). */
export const LANGUAGE_STORAGE_KEY = 'scenebridge.language';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
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

/** The active language as one of ours (zh-CN when undecided). */
export function currentLanguage(): LanguageCode {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN';
}

export default i18n;
