import type { Locator, Page } from 'playwright-core';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { logIn, pick, screenshot, startUiWorld, type UiWorld } from '../helpers/browser';

jest.setTimeout(120_000);

let world: UiWorld;
let page: Page;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  world = await startUiWorld();
  const exporter = await exporterFixture(world.db, { name: 'Tessitura Lariana' });
  await otherBusinessInEuro(world, exporter.id);
  const email = await world.addUser('staff');
  page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  await logIn(page, world.baseUrl, email);
}, 120_000);
afterAll(() => world.close());

/** A euro-side world, so the dashboard's lists have rows; the USD figures stay the test's. */
async function otherBusinessInEuro(w: UiWorld, exporterId: number) {
  const buyer = await buyerFixture(w.db, { name: 'Maple Leaf Interiors' });
  const eur = { exporter_id: exporterId, buyer_id: buyer.id, currency: 'EUR' };
  await insert(w.db, 'purchase_orders', {
    ...eur,
    number: 'PO-77',
    received_date: daysAgo(3),
    amount: '9000.00',
  });
  const old = await insert(w.db, 'invoices', {
    ...eur,
    number: 'TL-2025-090',
    invoice_date: daysAgo(110),
    due_date: daysAgo(50),
    amount: '2500.00',
  });
  await insert(w.db, 'reviews', { invoice_id: old.id, entered_date: daysAgo(5) });
  await insert(w.db, 'payments', {
    ...eur,
    method: 'check',
    amount: '800.00',
    received_date: today,
    check_number: '10452',
    check_date: daysAgo(-3),
  });
}

const figure = (name: string) => page.getByTestId(`${name}-USD`);
/** Waits until the element reads exactly `text` (lists refetch after showing cached pages). */
const shows = (locator: Locator, text: string) =>
  expect(
    locator.filter({ hasText: new RegExp(`^${text.replace(/[$.]/g, '\\$&')}$`) }).waitFor(),
  ).resolves.toBeUndefined();
const field = (name: string) => page.locator(`input[name="${name}"]`);

describe('a day at the desk in the admin UI', () => {
  it('creates a buyer and an invoice, and shows the invoice open on the dashboard', async () => {
    await page.goto(`${world.baseUrl}/#/buyers/create`);
    await field('name').fill('Hudson Fabrics Inc.');
    await field('country').fill('US');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Limit history').waitFor();

    await page.goto(`${world.baseUrl}/#/invoices/create`);
    await pick(page, 'Exporter', 'Tessitura Lariana');
    await pick(page, 'Buyer', 'Hudson Fabrics Inc.');
    await field('number').fill('TL-2026-001');
    await field('invoice_date').fill(daysAgo(70));
    await field('due_date').fill(daysAgo(10));
    await field('amount').fill('1000.00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Insurance deadlines').waitFor();
    await page.getByText('$1,000.00').first().waitFor();

    await page.goto(`${world.baseUrl}/#/`);
    await shows(figure('open_receivables'), '$1,000.00');
    await shows(figure('overdue_amount'), '$1,000.00');
  });

  it('records a wire payment and applies part of it; the open balance and the dashboard drop', async () => {
    await page.goto(`${world.baseUrl}/#/payments/create`);
    await pick(page, 'Exporter', 'Tessitura Lariana');
    await pick(page, 'Buyer', 'Hudson Fabrics Inc.');
    await page.getByRole('combobox', { name: /Method/ }).click();
    await page.getByRole('option', { name: 'Wire' }).click();
    await field('amount').fill('750.00');
    await field('received_date').fill(today);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Apply to invoices' }).click();

    await page.getByLabel('Amount to apply TL-2026-001').fill('600');
    await shows(page.getByTestId('left-unapplied'), '$150.00');
    await screenshot(page, 'payment-application');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('Applied to 1 invoice(s)').waitFor();

    await page.goto(`${world.baseUrl}/#/invoices`);
    await page.reload();
    const row = page.locator('tr', {
      has: page.locator('td.column-number', { hasText: 'TL-2026-001' }),
    });
    await shows(row.locator('td.column-open_balance'), '$400.00');
    await screenshot(page, 'invoice-list');

    await page.goto(`${world.baseUrl}/#/`);
    await page.reload(); // a fresh page: no notification left over the panels
    await shows(figure('open_receivables'), '$400.00');
    await shows(figure('unapplied_cash'), '$150.00');
    await screenshot(page, 'dashboard');
  });

  it('tells the user to reload when someone else saved the invoice first', async () => {
    const [exporter] = await world.db('exporters').where({ name: 'Tessitura Lariana' });
    const buyer = await buyerFixture(world.db, { name: 'Lakeside Upholstery' });
    const invoice = await insert(world.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'TL-2026-014',
      invoice_date: today,
      due_date: today,
      amount: '300.00',
      currency: 'USD',
    });
    await page.goto(`${world.baseUrl}/#/invoices/${invoice.id}`);
    await field('po_reference').fill('PO-4411');
    await world.db('invoices').where({ id: invoice.id }).update({ notes: 'changed elsewhere' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone changed this record after you opened it').waitFor();
  });

  it('switches to Italian and shows the Italian terms', async () => {
    await page.goto(`${world.baseUrl}/#/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Italiano' }).click();
    await page.getByText('Crediti per valuta').waitFor();
    await page.getByRole('menuitem', { name: 'Fatture', exact: true }).waitFor();
    await page.goto(`${world.baseUrl}/#/invoices`);
    await page.getByText('Saldo aperto').first().waitFor();
    await page.getByText('Giorni di ritardo').first().waitFor();
    await screenshot(page, 'invoice-list-it');
  });
});
