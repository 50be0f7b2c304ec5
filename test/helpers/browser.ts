import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../server/app';
import { hashPassword } from '../../server/auth/passwords';
import { createTestDatabase, type TestDatabase } from './test-db';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../test-output');
export const UI_PASSWORD = 'correct horse battery';

export interface UiWorld extends TestDatabase {
  baseUrl: string;
  browser: Browser;
  /** A user of that role (exporter users need their exporter), who can log in with UI_PASSWORD. */
  addUser: (role: 'admin' | 'staff' | 'exporter', exporterId?: number) => Promise<string>;
  close: () => Promise<void>;
}

/** The whole app (API and built admin UI) on an ephemeral port, and one headless chromium. */
export async function startUiWorld(): Promise<UiWorld> {
  const database = await createTestDatabase();
  const server = createApp({ db: database.db }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const passwordHash = await hashPassword(UI_PASSWORD);
  let users = 0;
  const addUser: UiWorld['addUser'] = async (role, exporterId) => {
    users += 1;
    const email = `${role}${users}@creditdesk.test`;
    await database.db('users').insert({
      email,
      name: `${role === 'exporter' ? 'Exporter' : 'Staff'} user ${users}`,
      role,
      exporter_id: exporterId ?? null,
      password_hash: passwordHash,
    });
    return email;
  };
  return {
    ...database,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    addUser,
    close: async () => {
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.drop();
    },
  };
}

/** Logs in through the login page, in English, and waits for the dashboard. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  await page.reload();
  await page.locator('input[name=username]').fill(email);
  await page.locator('input[name=password]').fill(UI_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Receivables by currency').waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Picks a record in a react-admin AutocompleteInput by typing part of its name. */
export async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name: new RegExp(label) }).first();
  await input.fill(text);
  await page.getByRole('option', { name: text }).first().click();
}
