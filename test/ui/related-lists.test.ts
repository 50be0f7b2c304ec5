import type { Page } from 'playwright-core';
import { exporterWorld } from '../helpers/exporter-world';
import { buyerFixture, policyFixture } from '../helpers/fixtures';
import { logIn, startUiWorld, type UiWorld } from '../helpers/browser';

jest.setTimeout(120_000);

let world: UiWorld;
let page: Page;

beforeAll(async () => {
  world = await startUiWorld();
  const buyer = await buyerFixture(world.db);
  const policy = await policyFixture(world.db);
  await exporterWorld(world.db, { buyerId: buyer.id, policyId: policy.id });
  page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  await logIn(page, world.baseUrl, await world.addUser('staff'));
}, 120_000);
afterAll(() => world.close());

/** The one row of a join table, with the number of the invoice or order it links to. */
async function link(table: string, parent: string, child: string, childTable: string) {
  const row = await world.db(table).first();
  const linked = await world.db(childTable).where({ id: row[child] }).first();
  return { parentId: row[parent], number: linked.number as string, row };
}

describe("a parent's show page lists what it is linked to", () => {
  it('shows the purchase orders behind a limit request', async () => {
    const { parentId, number } = await link(
      'limit_request_orders',
      'limit_request_id',
      'purchase_order_id',
      'purchase_orders',
    );
    await page.goto(`${world.baseUrl}/#/limit_requests/${parentId}/show`);
    await page.getByRole('link', { name: number }).waitFor();
  });

  it('shows the invoices a contact was about', async () => {
    const { parentId, number } = await link(
      'contact_invoices',
      'contact_id',
      'invoice_id',
      'invoices',
    );
    await page.goto(`${world.baseUrl}/#/contacts/${parentId}/show`);
    await page.getByRole('link', { name: number }).waitFor();
  });

  it('shows the invoices placed with an agency by a referral', async () => {
    const { parentId, number } = await link(
      'agency_referral_invoices',
      'agency_referral_id',
      'invoice_id',
      'invoices',
    );
    await page.goto(`${world.baseUrl}/#/agency_referrals/${parentId}/show`);
    await page.getByRole('link', { name: number }).waitFor();
  });

  it("shows a claim's invoices with the amount claimed on each", async () => {
    const { parentId, number } = await link('claim_invoices', 'claim_id', 'invoice_id', 'invoices');
    await page.goto(`${world.baseUrl}/#/claims/${parentId}/show/invoices`);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('$390.00').waitFor();
  });
});
