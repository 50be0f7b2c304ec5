import type { Knex } from 'knex';
import { formatAmount } from './format-amount';

const HEADINGS: Record<string, string[]> = {
  en: ['Invoice', 'Date', 'Due date', 'Open balance'],
  it: ['Fattura', 'Data', 'Scadenza', 'Importo aperto'],
  fr: ['Facture', 'Date', 'Échéance', 'Solde dû'],
  es: ['Factura', 'Fecha', 'Vencimiento', 'Saldo pendiente'],
};

interface Line {
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

/**
 * The subject and body of one reminder, from its level's text in the buyer's language
 * (English when the level has no text in it), listing the open balances it was made with.
 */
export async function renderReminder(
  trx: Knex,
  reminderId: number,
): Promise<{ subject: string; body: string }> {
  const reminder = await trx('reminders as r')
    .join('buyers as b', 'b.id', 'r.buyer_id')
    .join('exporters as e', 'e.id', 'r.exporter_id')
    .where('r.id', reminderId)
    .first(
      'r.dunning_level_id',
      'r.reminder_date',
      'r.currency',
      'r.total_open',
      'b.name as buyer_name',
      'b.language',
      'e.name as exporter_name',
    );
  const text = await trx('dunning_texts')
    .where('dunning_level_id', reminder.dunning_level_id)
    .orderByRaw('(language = ?) DESC, (language = ?) DESC, language', [reminder.language, 'en'])
    .first('language', 'subject', 'body');
  const lines: Line[] = await trx('reminder_invoice_list')
    .where('reminder_id', reminderId)
    .orderBy(['due_date', 'invoice_number'])
    .select('invoice_number', 'invoice_date', 'due_date', 'open_balance');
  const language = text?.language ?? 'en';
  const values = {
    buyer_name: reminder.buyer_name,
    exporter_name: reminder.exporter_name,
    reminder_date: reminder.reminder_date,
    currency: reminder.currency,
    total: formatAmount(reminder.total_open, language),
    invoices: invoiceTable(lines, language, reminder.currency),
  };
  return {
    subject: fill(text?.subject ?? 'Reminder: {{exporter_name}}', values),
    body: fill(text?.body ?? '{{invoices}}\n\nTotal: {{total}} {{currency}}', values),
  };
}
