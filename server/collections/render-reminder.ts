import { formatAmount } from './format-amount';

const HEADINGS: Record<string, string[]> = {
  en: ['Invoice', 'Date', 'Due date', 'Open balance'],
  it: ['Fattura', 'Data', 'Scadenza', 'Importo aperto'],
  fr: ['Facture', 'Date', 'Échéance', 'Solde dû'],
  es: ['Factura', 'Fecha', 'Vencimiento', 'Saldo pendiente'],
};

export interface Line {
  invoice_number: string;
  invoice_date: string;
  due_date: string;
  open_balance: string;
}

/** The invoices as a plain-text table that prints and mails alike. */
function invoiceTable(lines: Line[], language: string, currency: string): string {
  const rows = [
    HEADINGS[language] ?? HEADINGS.en,
    ...lines.map((l) => [
      l.invoice_number,
      l.invoice_date,
      l.due_date,
      `${formatAmount(l.open_balance, language)} ${currency}`,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);

export interface RenderedReminder {
  subject: string;
  body: string;
}

export interface DunningText {
  dunning_level_id: number;
  language: string;
  subject: string;
  body: string;
}

/** A reminder about to be written: who it goes to, its total and its invoices. */
export interface ReminderDraft {
  dunning_level_id: number;
  reminder_date: string;
  currency: string;
  total_open: string;
  buyer_name: string;
  language: string;
  exporter_name: string;
  lines: Line[];
}

/**
 * The subject and body of a reminder, from its level's text in the buyer's language
 * (English when the level has no text in it), listing the open balances it is made with.
 * `texts` are the levels' texts, as many as the caller has (all of them, for a night's run).
 */
export function renderReminder(draft: ReminderDraft, texts: DunningText[]): RenderedReminder {
  const ofLevel = texts.filter((t) => t.dunning_level_id === draft.dunning_level_id);
  const text =
    ofLevel.find((t) => t.language === draft.language) ??
    ofLevel.find((t) => t.language === 'en') ??
    ofLevel[0];
  const language = text?.language ?? 'en';
  const values = {
    buyer_name: draft.buyer_name,
    exporter_name: draft.exporter_name,
    reminder_date: draft.reminder_date,
    currency: draft.currency,
    total: formatAmount(draft.total_open, language),
    invoices: invoiceTable(draft.lines, language, draft.currency),
  };
  return {
    subject: fill(text?.subject ?? 'Reminder: {{exporter_name}}', values),
    body: fill(text?.body ?? '{{invoices}}\n\nTotal: {{total}} {{currency}}', values),
  };
}
