const SEPARATORS: Record<string, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  it: { group: '.', decimal: ',' },
  es: { group: '.', decimal: ',' },
  fr: { group: ' ', decimal: ',' },
};

/** "1234.50" → "1,234.50" (en) or "1.234,50" (it): from the decimal text, never a float. */
export function formatAmount(amount: string, language: string): string {
  const { group, decimal } = SEPARATORS[language] ?? SEPARATORS.en;
  const [whole, cents = '00'] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${amount.startsWith('-') ? '-' : ''}${grouped}${decimal}${cents.padEnd(2, '0')}`;
}
