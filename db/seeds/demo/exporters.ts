import { DemoContext, day } from './context';

// The agent's three clients. Two Italian manufacturers and a Swiss roaster from Ticino:
// Brenta and Ceresio read their reports in Italian; Colli Iblei's export office in
// Ragusa asked for English, so both report languages are in use.
const EXPORTERS = [
  {
    key: 'brenta',
    name: 'Calzaturificio Riviera del Brenta',
    legal_name: 'Calzaturificio Riviera del Brenta S.r.l.',
    country: 'IT',
    language: 'it',
    vat_number: 'IT03847120271',
    address: 'Via Venezia 112, 30039 Stra (VE)',
    report_emails: [
      'amministrazione@calzaturificiobrenta.example',
      'export@calzaturificiobrenta.example',
    ],
    contact_name: 'Giulia Marcato',
    phone: '+39 049 980 1122',
    assigned_days_ago: 540,
    notes: "Men's and women's leather footwear; ships twice a season from Venice.",
  },
  {
    key: 'iblei',
    name: 'Frantoio Colli Iblei',
    legal_name: 'Frantoio Colli Iblei S.p.A.',
    country: 'IT',
    language: 'en',
    vat_number: 'IT01569340883',
    address: 'Contrada Magazzinazzi 4, 97100 Ragusa (RG)',
    report_emails: ['export.office@frantoiocolliiblei.example'],
    contact_name: 'Salvatore Occhipinti',
    phone: '+39 0932 655 410',
    assigned_days_ago: 400,
    notes: 'Extra virgin olive oil and preserves to importers and gourmet chains.',
  },
  {
    key: 'ceresio',
    name: 'Torrefazione Ceresio',
    legal_name: 'Torrefazione Ceresio SA',
    country: 'CH',
    language: 'it',
    vat_number: 'CHE-114.382.906 IVA',
    address: 'Via Cantonale 18, 6900 Lugano',
    report_emails: ['contabilita@torrefazioneceresio.example'],
    contact_name: 'Marco Bernasconi',
    phone: '+41 91 922 48 30',
    assigned_days_ago: 300,
    notes: 'Espresso blends and roasted beans to cafés and grocers in the US and Canada.',
  },
];

export async function seedExporters(ctx: DemoContext): Promise<void> {
  const rows = await ctx
    .trx('exporters')
    .insert(
      EXPORTERS.map(({ key: _key, assigned_days_ago, ...exporter }) => ({
        ...exporter,
        assignment_date: day(ctx, -assigned_days_ago),
      })),
    )
    .returning(['id', 'name']);
  for (const exporter of EXPORTERS) {
    ctx.exporters.set(exporter.key, rows.find((row) => row.name === exporter.name).id);
  }
}
