import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { logIn, startUiWorld, type UiWorld } from '../helpers/browser';

let world: UiWorld;

beforeAll(async () => {
  world = await startUiWorld();
}, 120_000);
afterAll(() => world.close());

describe('an exporter user in the admin UI', () => {
  it('sees only its own invoices', async () => {
    const own = await exporterFixture(world.db, { name: 'Ceramiche Faentine' });
    const other = await exporterFixture(world.db, { name: 'Oleificio Sabino' });
    const buyer = await buyerFixture(world.db, { name: 'Boston Home Goods' });
    const invoice = (exporter_id: number, number: string) =>
      insert(world.db, 'invoices', {
        exporter_id,
        buyer_id: buyer.id,
        number,
        invoice_date: '2026-10-01',
        due_date: '2026-11-30',
        amount: '500.00',
        currency: 'USD',
      });
    await invoice(own.id, 'CF-1');
    await invoice(own.id, 'CF-2');
    await invoice(other.id, 'OS-1');
    const email = await world.addUser('exporter', own.id);
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await logIn(page, world.baseUrl, email);

    await page.goto(`${world.baseUrl}/#/invoices`);
    await page.getByRole('cell', { name: 'CF-1' }).waitFor();
    const numbers = await page.locator('td.column-number').allTextContents();
    expect(numbers.sort()).toEqual(['CF-1', 'CF-2']);
  });
});
