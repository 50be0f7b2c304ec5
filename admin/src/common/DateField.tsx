import { DateField as RaDateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** react-admin's DateField in the UI's language (it would otherwise follow the browser's). */
export function DateField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <RaDateField locales={locale === 'it' ? 'it-IT' : 'en-US'} {...props} />;
}
