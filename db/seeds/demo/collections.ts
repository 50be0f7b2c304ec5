import { DemoContext } from './context';
import { DUNNING_TEXTS } from './dunning-texts';

// The default dunning sequence (used by every exporter without its own): a friendly note a
// week before the due date, then reminders 1, 15 and 30 days after it, in each buyer's
// language (texts in dunning-texts.ts).
const LEVELS = [
  { level: 1, offset_days: -7, channel: 'email', name: 'Friendly reminder' },
  { level: 2, offset_days: 1, channel: 'email', name: 'First reminder' },
  { level: 3, offset_days: 15, channel: 'email', name: 'Second reminder' },
  { level: 4, offset_days: 30, channel: 'letter', name: 'Final notice' },
];

/**
 * Adds the default levels and their texts where they are missing, so the demo sits
 * happily on a database where the default sequence was already set up.
 */
async function seedDunning(ctx: DemoContext): Promise<void> {
  await ctx.trx('dunning_levels').insert(LEVELS).onConflict().ignore();
  const levels = await ctx.trx('dunning_levels').whereNull('exporter_id').select('id', 'level');
  const texts = levels.flatMap(({ id, level }) =>
    Object.entries(DUNNING_TEXTS[level] ?? {}).map(([language, [subject, body]]) => ({
      dunning_level_id: id,
      language,
      subject,
      body,
    })),
  );
  if (texts.length > 0) {
    await ctx
      .trx('dunning_texts')
      .insert(texts)
      .onConflict(['dunning_level_id', 'language'])
      .ignore();
  }
}

export async function seedCollections(ctx: DemoContext): Promise<void> {
  await seedDunning(ctx);
  await ctx.trx('collection_agencies').insert({
    name: 'Meridian Commercial Recovery LLC',
    country: 'US',
    email: 'placements@meridianrecovery.example',
    phone: '(646) 555-0170',
    fee_percent: '18.00',
    notes: 'Contingency fee on amounts recovered; handles US and Canadian accounts.',
  });
}
