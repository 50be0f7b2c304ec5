import type { Page } from 'playwright-core';
import { buyerFixture, exporterFixture, insert, policyFixture } from '../helpers/fixtures';
import { logIn, screenshot, startUiWorld, type UiWorld } from '../helpers/browser';

jest.setTimeout(120_000);

let world: UiWorld;
let page: Page;
let pair: { exporter_id: number; buyer_id: number };
const daysAgo = (days: number) => {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
};

beforeAll(async () => {
  world = await startUiWorld();
  const exporter = await exporterFixture(world.db, { name: 'Ceramiche Vietresi' });
  const buyer = await buyerFixture(world.db, { name: 'Hudson Tableware' });
  pair = { exporter_id: exporter.id, buyer_id: buyer.id };
  page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  await logIn(page, world.baseUrl, await world.addUser('staff'));
}, 120_000);
afterAll(() => world.close());

/** Opens a list, clicks its command, keeps the dialog's date (today) and saves. */
async function runFromList(resource: string, button: string) {
  await page.goto(`${world.baseUrl}/#/${resource}`);
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('the commands on the lists', () => {
  it('submits the pending limit requests to the insurer and downloads the batch', async () => {
    const policy = await policyFixture(world.db);
    const request = await insert(world.db, 'limit_requests', {
      ...pair,
      policy_id: policy.id,
      requested_amount: '40000.00',
      currency: 'USD',
      request_date: daysAgo(1),
      status: 'pending',
    });
    const download = page.waitForEvent('download');
    await runFromList('limit_requests', 'Submit to insurer');
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByText('1 request sent to the insurer').waitFor();
    const sent = await world.db('limit_requests').where({ id: request.id }).first();
    expect(sent.submitted_date).toBe(daysAgo(0));
    const batches = await world.db('reports').where({ kind: 'limit_batch' });
    expect(batches).toHaveLength(1);
  });

  it('generates the reminders due today from the reminders list', async () => {
    const level = await insert(world.db, 'dunning_levels', {
      exporter_id: pair.exporter_id,
      level: 1,
      offset_days: 5,
      channel: 'email',
      name: 'First reminder',
    });
    for (const language of ['en', 'it'])
      await insert(world.db, 'dunning_texts', {
        dunning_level_id: level.id,
        language,
        subject: 'Reminder',
        body: 'Please pay.',
      });
    await insert(world.db, 'invoices', {
      ...pair,
      currency: 'USD',
      number: 'CV-2026-014',
      invoice_date: daysAgo(40),
      due_date: daysAgo(10),
      amount: '1250.00',
    });
    await runFromList('reminders', 'Generate reminders for today');
    const reminders = await world.db('reminders').where({ buyer_id: pair.buyer_id });
    expect(reminders.map((r) => [r.status, r.total_open])).toEqual([['to_do', '1250.00']]);
    await page.getByText('$1,250.00').waitFor();
  });

  it('enters the invoices 45 days past due into the review queue', async () => {
    const invoice = await insert(world.db, 'invoices', {
      ...pair,
      currency: 'USD',
      number: 'CV-2025-201',
      invoice_date: daysAgo(110),
      due_date: daysAgo(50),
      amount: '3300.00',
    });
    await runFromList('reviews', 'Enter reviews for today');
    const review = await world.db('reviews').where({ invoice_id: invoice.id }).first();
    expect(review.entered_date).toBe(daysAgo(5));
    await page.getByText('$3,300.00').first().waitFor();
    await screenshot(page, 'reviews-entered');
  });
});
