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

interface Rendered {
  subject: string;
  body: string;
}

/**
 * The subject and body of each reminder, from its level's text in the buyer's language
 * (English when the level has no text in it), listing the open balances it was made with.
 * Three queries for any number of reminders, so a night that makes thousands stays quick.
 */
export async function renderReminders(
  trx: Knex,
  reminderIds: number[],
): Promise<Map<number, Rendered>> {
  const reminders = await trx('reminders as r')
    .join('buyers as b', 'b.id', 'r.buyer_id')
    .join('exporters as e', 'e.id', 'r.exporter_id')
    .whereIn('r.id', reminderIds)
    .select(
      'r.id',
      'r.dunning_level_id',
      'r.reminder_date',
      'r.currency',
      'r.total_open',
      'b.name as buyer_name',
      'b.language',
      'e.name as exporter_name',
    );
  const levels = [...new Set(reminders.map((r) => r.dunning_level_id as number))];
  const texts = await trx('dunning_texts')
    .whereIn('dunning_level_id', levels)
    .orderBy(['dunning_level_id', 'language'])
    .select('dunning_level_id', 'language', 'subject', 'body');
  const lines: (Line & { reminder_id: number })[] = await trx('reminder_invoice_list')
    .whereIn('reminder_id', reminderIds)
    .orderBy(['reminder_id', 'due_date', 'invoice_number'])
    .select('reminder_id', 'invoice_number', 'invoice_date', 'due_date', 'open_balance');
  const linesOf = new Map<number, Line[]>();
  for (const line of lines) {
    const list = linesOf.get(line.reminder_id) ?? [];
    list.push(line);
    linesOf.set(line.reminder_id, list);
  }
  const rendered = new Map<number, Rendered>();
  for (const reminder of reminders) {
    const ofLevel = texts.filter((t) => t.dunning_level_id === reminder.dunning_level_id);
    const text =
      ofLevel.find((t) => t.language === reminder.language) ??
      ofLevel.find((t) => t.language === 'en') ??
      ofLevel[0];
    const language = text?.language ?? 'en';
    const values = {
      buyer_name: reminder.buyer_name,
      exporter_name: reminder.exporter_name,
      reminder_date: reminder.reminder_date,
      currency: reminder.currency,
      total: formatAmount(reminder.total_open, language),
      invoices: invoiceTable(linesOf.get(reminder.id) ?? [], language, reminder.currency),
    };
    rendered.set(reminder.id, {
      subject: fill(text?.subject ?? 'Reminder: {{exporter_name}}', values),
      body: fill(text?.body ?? '{{invoices}}\n\nTotal: {{total}} {{currency}}', values),
    });
  }
  return rendered;
}
