import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import ja from './locales/ja.json'

export const LANGUAGES = ['ja', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
const STORAGE_KEY = 'oms.lang'

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    if (value === 'ja' || value === 'en') return value
  } catch {
    // storage blocked: fall back to Japanese
  }
  return 'ja'
}

export function setLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  void i18n.changeLanguage(lang)
}

i18n.on('languageChanged', (lang) => {
  document.documentElement.lang = lang
})

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'ja',
  interpolation: { escapeValue: false },
  returnNull: false,
})

document.documentElement.lang = i18n.language

export default i18n
