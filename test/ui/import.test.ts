import type { Page } from 'playwright-core';
import { exporterFixture } from '../helpers/fixtures';
import { logIn, pick, screenshot, startUiWorld, type UiWorld } from '../helpers/browser';

// The upload screen on POST /api/imports (docs/import.md): a preview that reports a bad
// row and stores nothing, then a clean file imported for real.
jest.setTimeout(120_000);

let world: UiWorld;
let page: Page;
let exporterId: number;

const HEADER = 'Invoice No,Customer,Invoice Date,Due Date,Amount,Currency';
const CLEAN = [
  HEADER,
  'PA-2001,Brooklyn Fine Foods,2026-01-05,2026-03-06,"1,250.00",USD',
  'PA-2002,Brooklyn Fine Foods,2026-01-12,2026-03-13,980.40,USD',
  'PA-2003,Queens Deli Supply,2026-01-19,2026-03-20,2400.00,USD',
];
// The same file with a 30th of February as the second invoice's due date.
const WITH_BAD_DATE = CLEAN.map((line) => line.replace('2026-03-13', '2026-02-30'));

const chooseFile = (name: string, lines: string[]) =>
  page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n')),
  });
const storedInvoices = () =>
  world.db('invoices').where({ exporter_id: exporterId }).orderBy('number');

beforeAll(async () => {
  world = await startUiWorld();
  exporterId = (await exporterFixture(world.db, { name: 'Pastificio Abruzzese' })).id;
  page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  await logIn(page, world.baseUrl, await world.addUser('staff'));
}, 120_000);
afterAll(() => world.close());

describe('the import screen', () => {
  it('asks for a file beside the file chooser before it sends anything', async () => {
    await page.getByRole('menuitem', { name: 'Import files' }).click();
    await page.locator('#react-admin-title', { hasText: 'Import a file' }).waitFor();
    await pick(page, 'Exporter', 'Pastificio Abruzzese');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('Required').waitFor();
  });

  it('previews a file with a bad date: the row is reported and nothing is stored', async () => {
    await chooseFile('invoices-march.csv', WITH_BAD_DATE);
    await page.getByText('invoices-march.csv').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByText('Preview of invoices-march.csv: 3 row(s), 1 error(s). Nothing was stored.')
      .waitFor();
    const badRows = page.getByRole('table', { name: 'Rows with errors' });
    const cells = await badRows.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toEqual(['3', 'Due Date', '2026-02-30', 'is not a date on the calendar']);
    await screenshot(page, 'import-preview');
    expect(await storedInvoices()).toEqual([]);
  });

  it('previews a clean file with the counts it would make, then imports it', async () => {
    await chooseFile('invoices-clean.csv', CLEAN);
    await page.getByText('invoices-clean.csv').waitFor();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page
      .getByText('Preview of invoices-clean.csv: 3 row(s), 0 error(s). Nothing was stored.')
      .waitFor();
    expect(await page.getByTestId('count-created').innerText()).toBe('Created\n3');
    expect(await storedInvoices()).toEqual([]);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported invoices-clean.csv: 3 row(s).').waitFor();
    expect(await page.getByTestId('count-created').innerText()).toBe('Created\n3');
    expect(await page.getByTestId('count-buyers_created').innerText()).toBe('Buyers created\n2');
    await screenshot(page, 'import-done');
    const invoices = await storedInvoices();
    expect(invoices.map((invoice) => [invoice.number, invoice.due_date, invoice.amount])).toEqual([
      ['PA-2001', '2026-03-06', '1250.00'],
      ['PA-2002', '2026-03-13', '980.40'],
      ['PA-2003', '2026-03-20', '2400.00'],
    ]);
    await page.getByRole('link', { name: "Open this exporter's invoices" }).click();
    await page.getByRole('row', { name: /PA-2003/ }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`"exporter_id":${exporterId}`);
  });

  it("shows the server's reason beside the file when the file is not a spreadsheet", async () => {
    await page.getByRole('menuitem', { name: 'Import files' }).click();
    // The invoice list's exporter filter is gone once the screen's own inputs show.
    await page.getByText('No file chosen').waitFor();
    await pick(page, 'Exporter', 'Pastificio Abruzzese');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    await page.getByRole('button', { name: 'Preview' }).click();
    const reason = page.locator('.MuiFormHelperText-root.Mui-error');
    await reason.waitFor();
    expect(await reason.innerText()).toMatch(/CSV|XLSX/);
    await screenshot(page, 'import-file-refused');
  });

  it('names the menu entry in Italian', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Italiano' }).click();
    await page.getByRole('menuitem', { name: 'Importa file' }).click();
    await page.locator('#react-admin-title', { hasText: 'Importa un file' }).waitFor();
    await page.getByText('Contenuto del file').first().waitFor();
    await screenshot(page, 'import-it');
  });
});
