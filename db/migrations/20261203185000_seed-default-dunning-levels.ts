import type { Knex } from 'knex';

// The default dunning sequence, used by every exporter that has none of its own: a
// friendly e-mail a week before the due date, then reminders 1, 15 and 30 days after it.
// Placeholders in the texts are filled in when a reminder is generated.
const LEVELS = [
  { level: 1, offset_days: -7, channel: 'email', name: 'Friendly reminder before the due date' },
  { level: 2, offset_days: 1, channel: 'email', name: 'First reminder' },
  { level: 3, offset_days: 15, channel: 'phone', name: 'Second reminder (call)' },
  { level: 4, offset_days: 30, channel: 'letter', name: 'Final reminder' },
];

const TEXTS: Record<number, Record<string, [string, string]>> = {
  1: {
    en: [
      'Invoices falling due: {{exporter_name}}',
      'Dear {{buyer_name}},\n\nThis is a friendly note that the invoices below from {{exporter_name}} fall due shortly.\n\n{{invoices}}\n\nTotal: {{total}} {{currency}}\n\nIf payment is already on its way, please disregard this message.\n\nKind regards',
    ],
    it: [
      'Fatture in scadenza: {{exporter_name}}',
      'Spettabile {{buyer_name}},\n\nvi ricordiamo che le fatture di {{exporter_name}} qui sotto sono in scadenza.\n\n{{invoices}}\n\nTotale: {{total}} {{currency}}\n\nSe il pagamento è già stato disposto, vi preghiamo di non considerare questo messaggio.\n\nCordiali saluti',
    ],
    fr: [
      'Factures arrivant à échéance : {{exporter_name}}',
      'Madame, Monsieur ({{buyer_name}}),\n\nNous vous rappelons que les factures de {{exporter_name}} ci-dessous arrivent bientôt à échéance.\n\n{{invoices}}\n\nTotal : {{total}} {{currency}}\n\nSi le paiement est déjà en route, veuillez ne pas tenir compte de ce message.\n\nCordialement',
    ],
    es: [
      'Facturas por vencer: {{exporter_name}}',
      'Estimados {{buyer_name}}:\n\nLes recordamos que las facturas de {{exporter_name}} indicadas abajo vencen en breve.\n\n{{invoices}}\n\nTotal: {{total}} {{currency}}\n\nSi el pago ya está en camino, ignoren este mensaje.\n\nAtentamente',
    ],
  },
  2: {
    en: [
      'Payment reminder: {{exporter_name}}',
      'Dear {{buyer_name}},\n\nOur records show the following invoices from {{exporter_name}} are past due.\n\n{{invoices}}\n\nTotal open: {{total}} {{currency}}\n\nPlease arrange payment at your earliest convenience.\n\nKind regards',
    ],
    it: [
      'Sollecito di pagamento: {{exporter_name}}',
      'Spettabile {{buyer_name}},\n\nrisultano scadute le seguenti fatture di {{exporter_name}}.\n\n{{invoices}}\n\nTotale scoperto: {{total}} {{currency}}\n\nVi preghiamo di provvedere al pagamento al più presto.\n\nCordiali saluti',
    ],
    fr: [
      'Rappel de paiement : {{exporter_name}}',
      'Madame, Monsieur ({{buyer_name}}),\n\nLes factures suivantes de {{exporter_name}} sont échues.\n\n{{invoices}}\n\nTotal dû : {{total}} {{currency}}\n\nMerci de procéder au paiement dans les meilleurs délais.\n\nCordialement',
    ],
    es: [
      'Recordatorio de pago: {{exporter_name}}',
      'Estimados {{buyer_name}}:\n\nLas siguientes facturas de {{exporter_name}} están vencidas.\n\n{{invoices}}\n\nTotal pendiente: {{total}} {{currency}}\n\nLes rogamos efectuar el pago a la mayor brevedad.\n\nAtentamente',
    ],
  },
  3: {
    en: [
      'Call about past-due invoices: {{exporter_name}}',
      'Call {{buyer_name}} about these past-due invoices from {{exporter_name}}:\n\n{{invoices}}\n\nTotal open: {{total}} {{currency}}\n\nAsk for a payment date and record it in the contact log.',
    ],
    it: [
      'Telefonata per fatture scadute: {{exporter_name}}',
      'Telefonare a {{buyer_name}} per le seguenti fatture scadute di {{exporter_name}}:\n\n{{invoices}}\n\nTotale scoperto: {{total}} {{currency}}\n\nChiedere una data di pagamento e annotarla nel registro contatti.',
    ],
    fr: [
      'Appel pour factures échues : {{exporter_name}}',
      'Appeler {{buyer_name}} au sujet des factures échues de {{exporter_name}} :\n\n{{invoices}}\n\nTotal dû : {{total}} {{currency}}\n\nDemander une date de paiement et la noter dans le journal des contacts.',
    ],
    es: [
      'Llamada por facturas vencidas: {{exporter_name}}',
      'Llamar a {{buyer_name}} por estas facturas vencidas de {{exporter_name}}:\n\n{{invoices}}\n\nTotal pendiente: {{total}} {{currency}}\n\nPedir una fecha de pago y anotarla en el registro de contactos.',
    ],
  },
  4: {
    en: [
      'Final reminder: {{exporter_name}}',
      'Dear {{buyer_name}},\n\nDespite our earlier reminders, the following invoices from {{exporter_name}} remain unpaid.\n\n{{invoices}}\n\nTotal open: {{total}} {{currency}}\n\nPlease pay within seven days of this letter ({{reminder_date}}), or contact us to explain the delay.\n\nYours faithfully',
    ],
    it: [
      'Ultimo sollecito: {{exporter_name}}',
      'Spettabile {{buyer_name}},\n\nnonostante i precedenti solleciti, le seguenti fatture di {{exporter_name}} risultano ancora non pagate.\n\n{{invoices}}\n\nTotale scoperto: {{total}} {{currency}}\n\nVi invitiamo a pagare entro sette giorni dalla presente ({{reminder_date}}) o a contattarci per spiegare il ritardo.\n\nDistinti saluti',
    ],
    fr: [
      'Dernier rappel : {{exporter_name}}',
      'Madame, Monsieur ({{buyer_name}}),\n\nMalgré nos rappels, les factures suivantes de {{exporter_name}} restent impayées.\n\n{{invoices}}\n\nTotal dû : {{total}} {{currency}}\n\nMerci de payer sous sept jours à compter de cette lettre ({{reminder_date}}) ou de nous contacter.\n\nVeuillez agréer nos salutations distinguées',
    ],
    es: [
      'Último recordatorio: {{exporter_name}}',
      'Estimados {{buyer_name}}:\n\nPese a nuestros recordatorios, las siguientes facturas de {{exporter_name}} siguen sin pagarse.\n\n{{invoices}}\n\nTotal pendiente: {{total}} {{currency}}\n\nLes rogamos pagar en un plazo de siete días desde esta carta ({{reminder_date}}) o contactarnos.\n\nAtentamente',
    ],
  },
};

export async function up(knex: Knex): Promise<void> {
  for (const level of LEVELS) {
    const [row] = await knex('dunning_levels').insert(level).returning('id');
    for (const [language, [subject, body]] of Object.entries(TEXTS[level.level])) {
      await knex('dunning_texts').insert({ dunning_level_id: row.id, language, subject, body });
    }
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex('dunning_levels').whereNull('exporter_id').delete();
}
