import type { Page } from 'playwright-core';
import { buyerFixture, exporterFixture, insert, policyFixture } from '../helpers/fixtures';
import { logIn, pick, screenshot, startUiWorld, type UiWorld } from '../helpers/browser';

// The workflow screens on the insurance and collections commands (docs/insurance.md,
// docs/collections.md): an insurer's decision, a bank deposit, a 45-day review decision.
jest.setTimeout(120_000);

let world: UiWorld;
let page: Page;
const ids: Record<string, number> = {};
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  world = await startUiWorld();
  const exporter = await exporterFixture(world.db, { name: 'Pastificio Abruzzese' });
  const buyer = await buyerFixture(world.db, { name: 'Brooklyn Fine Foods' });
  const policy = await policyFixture(world.db);
  const pair = { exporter_id: exporter.id, buyer_id: buyer.id, currency: 'USD' };
  const request = await insert(world.db, 'limit_requests', {
    ...pair,
    policy_id: policy.id,
    requested_amount: '50000.00',
    request_date: daysAgo(6),
  });
  const check = (number: string, amount: string) =>
    insert(world.db, 'payments', {
      ...pair,
      method: 'check',
      amount,
      received_date: daysAgo(1),
      check_number: number,
      check_date: daysAgo(2),
    });
  await check('3301', '1200.00');
  await check('3302', '800.50');
  const invoice = await insert(world.db, 'invoices', {
    ...pair,
    number: 'PA-0917',
    invoice_date: daysAgo(120),
    due_date: daysAgo(60),
    amount: '4000.00',
  });
  const review = await insert(world.db, 'reviews', {
    invoice_id: invoice.id,
    entered_date: daysAgo(15),
  });
  const agency = await insert(world.db, 'collection_agencies', { name: 'Hudson Recovery LLC' });
  const uninsured = await buyerFixture(world.db, { name: 'Queens Deli Supply' });
  await insert(world.db, 'invoices', {
    ...pair,
    buyer_id: uninsured.id,
    number: 'PA-0655',
    invoice_date: daysAgo(150),
    due_date: daysAgo(90),
    amount: '1750.00',
  });
  Object.assign(ids, {
    request: request.id,
    review: review.id,
    agency: agency.id,
    invoice: invoice.id,
    check: (await world.db('payments').where({ check_number: '3301' }).first()).id,
  });
  page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  await logIn(page, world.baseUrl, await world.addUser('staff'));
}, 120_000);
afterAll(() => world.close());

const choose = async (label: RegExp, option: string) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

describe('the workflow screens', () => {
  it("refers an uninsured buyer's invoice to an agency with the signed authorisation", async () => {
    await page.goto(`${world.baseUrl}/#/agency_referrals/refer`);
    await pick(page, 'Exporter', 'Pastificio Abruzzese');
    await pick(page, 'Buyer', 'Queens Deli Supply');
    await pick(page, 'Collection agency', 'Hudson Recovery LLC');
    await page.locator('input[name="authorised_by"]').fill('Giulia Conti');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'authorisation.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await page.getByText('authorisation.pdf').waitFor();
    await page.getByRole('row', { name: /PA-0655/ }).click();
    await page.getByRole('button', { name: 'Refer to a collection agency' }).click();
    await page.getByText('Giulia Conti').waitFor();
    const referral = await world.db('agency_referrals').where({ agency_id: ids.agency }).first();
    expect([referral.authorised_by, referral.amount_placed]).toEqual(['Giulia Conti', '1750.00']);
  });

  it("records the insurer's approval of a pending limit request", async () => {
    await page.goto(`${world.baseUrl}/#/limit_requests/${ids.request}/show`);
    await page.getByRole('button', { name: "Record insurer's decision" }).click();
    await choose(/Decision/, 'Approved');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.locator('.MuiChip-label', { hasText: 'Approved' }).first().waitFor();
    const request = await world.db('limit_requests').where({ id: ids.request }).first();
    expect([request.status, request.granted_amount]).toEqual(['approved', '50000.00']);
  });

  it('builds a bank deposit from two undeposited checks', async () => {
    await page.goto(`${world.baseUrl}/#/deposits/build`);
    await pick(page, 'Exporter', 'Pastificio Abruzzese');
    await page.locator('input[name="bank_account"]').fill('Chase 0042');
    await page.getByRole('row', { name: /3301/ }).click();
    await page.getByRole('row', { name: /3302/ }).click();
    await page.getByText('2 check(s) selected · $2,000.50').waitFor();
    await screenshot(page, 'deposit-builder');
    await page.getByRole('button', { name: 'Build a deposit' }).click();
    await page.getByText('Chase 0042').first().waitFor();
    await page.getByText('$2,000.50').first().waitFor();
  });

  it("records the exporter's decision on a 45-day review", async () => {
    await page.goto(`${world.baseUrl}/#/reviews/${ids.review}/show`);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await choose(/Decision/, 'Keep chasing');
    await page.locator('input[name="decided_by"]').fill('Maria Rossi');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.locator('.MuiChip-label', { hasText: 'Keep chasing' }).waitFor();
    const review = await world.db('reviews').where({ id: ids.review }).first();
    expect([review.decision, review.decided_by]).toEqual(['keep_chasing', 'Maria Rossi']);
  });

  it('records a short-paid deduction on an invoice, with its reason', async () => {
    await page.goto(`${world.baseUrl}/#/invoices/${ids.invoice}/show`);
    await page.getByRole('button', { name: 'Record deduction' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="amount"]').fill('120.00');
    await dialog.getByRole('combobox', { name: /Reason/ }).click();
    await page.getByRole('option', { name: 'Damaged goods', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [deduction] = await world.db('deductions').where({ invoice_id: ids.invoice });
    expect([deduction.amount, deduction.reason_code, deduction.status]).toEqual([
      '120.00',
      'damaged_goods',
      'open',
    ]);
  });

  it("keeps a check's image and shows it on the payment", async () => {
    await page.goto(`${world.baseUrl}/#/payments/${ids.check}/show`);
    await page.getByText('No image yet').waitFor();
    // A 1x1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'check.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('img', { name: 'Check image' }).waitFor();
    const [image] = await world
      .db('documents')
      .where({ payment_id: ids.check, kind: 'check_image' });
    expect(image.size_bytes).toBe(png.length);
  });
});
