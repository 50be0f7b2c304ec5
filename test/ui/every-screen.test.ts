import { exporterWorld } from '../helpers/exporter-world';
import { buyerFixture, policyFixture } from '../helpers/fixtures';
import { logIn, screenshot, startUiWorld, type UiWorld } from '../helpers/browser';
import { MENU_AREAS } from '../../admin/src/menu-areas';
import * as en from '../../admin/src/i18n/en';
import * as italian from '../../admin/src/i18n/it';

const MENU = MENU_AREAS.flatMap((area) => area.resources);
/** The list page's title: the resource's plural name in that language. */
const title = (labels: typeof en, resource: string) =>
  (labels.resourceNames as Record<string, string>)[resource].split('||||')[1].trim();

/** A few lists kept as pictures for a look by eye (test-output/<resource>-it.png). */
const SCREENSHOTS = ['post_dated_checks', 'exporter_notices', 'claim_invoices'];

jest.setTimeout(180_000);

let world: UiWorld;

beforeAll(async () => {
  world = await startUiWorld();
  const buyer = await buyerFixture(world.db);
  const policy = await policyFixture(world.db);
  await exporterWorld(world.db, { buyerId: buyer.id, policyId: policy.id });
}, 120_000);
afterAll(() => world.close());

describe('every list in the menu', () => {
  it('opens with rows or an empty page, in English and Italian, without an error', async () => {
    const page = await world.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logIn(page, world.baseUrl, await world.addUser('admin'));
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 400) {
        failures.push(`${response.status()} ${response.url()}`);
      }
    });
    const rawKeys: string[] = [];
    for (const [language, labels] of [
      ['English', en],
      ['Italiano', italian],
    ] as const) {
      if (language === 'Italiano') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('menuitem', { name: 'Italiano' }).click();
      }
      for (const resource of MENU) {
        await page.goto(`${world.baseUrl}/#/${resource}`);
        await page.locator('#react-admin-title', { hasText: title(labels, resource) }).waitFor();
        await page.locator('.RaList-main, .RaEmpty-message').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (language === 'Italiano' && SCREENSHOTS.includes(resource))
          await screenshot(page, `${resource}-it`);
        const text = await page.locator('body').innerText();
        for (const key of text.match(/\b(resources|cd|ra)\.[a-z_.]+|\|\|\|\|/g) ?? [])
          rawKeys.push(`${resource}: ${key}`);
      }
    }
    expect(rawKeys).toEqual([]);
    expect(failures).toEqual([]);
  });
});
