import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import italianMessages from 'ra-language-italian';
import { resolveBrowserLocale, type TranslationMessages } from 'react-admin';
import * as en from '../i18n/en';
import * as it from '../i18n/it';

type Labels = typeof en;

/** react-admin's own words plus ours: resources.<name>.{name,fields}, cd.* for the rest. */
function domainMessages(labels: Labels) {
  const resources = Object.fromEntries(
    Object.entries(labels.resourceNames).map(([name, label]) => [
      name,
      { name: label, fields: labels.fields },
    ]),
  );
  // The plural alone, for related lists and tabs ("Allocations"), which get no smart_count.
  const plural = Object.fromEntries(
    Object.entries(labels.resourceNames).map(([name, label]) => [
      name,
      label.split('||||').pop()!.trim(),
    ]),
  );
  return { resources, cd: { ...labels.messages, values: labels.values, plural } };
}

// ra-language-italian is published for react-admin 3 only: keys added since then fall back
// to English (it is merged over the English messages).
const deepMerge = (base: any, over: any): any =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(over)])].map((key) => [
      key,
      typeof base[key] === 'object' && typeof over[key] === 'object'
        ? deepMerge(base[key], over[key])
        : (over[key] ?? base[key]),
    ]),
  );

const catalogue: Record<string, TranslationMessages> = {
  en: { ...englishMessages, ...domainMessages(en) },
  it: deepMerge(englishMessages, { ...italianMessages, ...domainMessages(it) }),
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogue[locale] ?? catalogue.en,
  resolveBrowserLocale() === 'it' ? 'it' : 'en',
  [
    { locale: 'en', name: 'English' },
    { locale: 'it', name: 'Italiano' },
  ],
  { allowMissing: true },
);
