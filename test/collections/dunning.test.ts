import { createTestApp, TestApp } from '../helpers/test-app';
import { insert } from '../helpers/fixtures';
import { generateReminders } from '../../server/collections/generate-reminders';
import { invoice, pair, payment } from './collections-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const remindersOf = (buyerId: number) =>
  t
    .db('reminders as r')
    .join('dunning_levels as l', 'l.id', 'r.dunning_level_id')
    .where('r.buyer_id', buyerId)
    .orderBy('r.id')
    .select('r.*', 'l.level', 'l.offset_days');

const listed = async (reminderId: number) =>
  (await t.api.get(`/api/reminder_invoices?filter=${JSON.stringify({ reminder_id: reminderId })}`))
    .body;

describe('dunning', () => {
  it('reminds at level +30 on 2026-03-02 with the open balance 500.00, not the 1,000.00 invoiced', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners, { number: 'D-1' });
    const pay = await payment(t.db, owners, { amount: '400.00', received_date: '2026-02-10' });
    await t.api
      .post(`/api/payments/${pay.id}/apply`)
      .send({ allocations: [{ invoice_id: inv.id, amount: '400.00' }] })
      .expect(201);
    const deduction = await t.api
      .post('/api/deductions')
      .send({
        invoice_id: inv.id,
        amount: '100.00',
        reason_code: 'pricing',
        opened_date: '2026-02-10',
      })
      .expect(201);
    await t.api
      .put(`/api/deductions/${deduction.body.id}`)
      .send({ status: 'valid', resolved_date: '2026-02-20' })
      .expect(200);

    const run = await t.api
      .post('/api/reminders/generate')
      .send({ as_of: '2026-03-02' })
      .expect(201);

    expect(run.body).toMatchObject({ as_of: '2026-03-02', created: 1, invoices: 1 });
    const [reminder] = await remindersOf(owners.buyer_id);
    expect(reminder).toMatchObject({ offset_days: 30, channel: 'letter', total_open: '500.00' });
    expect(await listed(reminder.id)).toEqual([
      expect.objectContaining({ invoice_number: 'D-1', open_balance: '500.00', level: 4 }),
    ]);
    expect(reminder.body).toContain('500.00 USD');
    expect(reminder.body).not.toContain('1,000.00');
  });

  it('creates no second reminder when run twice for the same date', async () => {
    const owners = await pair(t.db);
    await invoice(t.db, owners);
    const first = await generateReminders(t.db, '2026-02-01');
    const second = await generateReminders(t.db, '2026-02-01');
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(second).toMatchObject({ created: 0, invoices: 0 });
    expect(await remindersOf(owners.buyer_id)).toHaveLength(1);
  });

  it('climbs one level per run, and never reminds the same invoice at the same level twice', async () => {
    const owners = await pair(t.db);
    await invoice(t.db, owners);
    await generateReminders(t.db, '2026-01-24'); // a week before: level 1
    await generateReminders(t.db, '2026-03-10'); // +30 reached, but one step: level 2
    await generateReminders(t.db, '2026-03-11'); // level 3
    await generateReminders(t.db, '2026-03-12'); // level 4
    await generateReminders(t.db, '2026-03-13'); // nothing left
    const levels = (await remindersOf(owners.buyer_id)).map((r) => [r.reminder_date, r.level]);
    expect(levels).toEqual([
      ['2026-01-24', 1],
      ['2026-03-10', 2],
      ['2026-03-11', 3],
      ['2026-03-12', 4],
    ]);
  });

  it('lists several invoices of a buyer in one reminder per level and currency', async () => {
    const owners = await pair(t.db);
    await invoice(t.db, owners, { number: 'G-1', amount: '1200.50' });
    await invoice(t.db, owners, { number: 'G-2', amount: '300.25' });
    await invoice(t.db, owners, { number: 'G-3', amount: '90.00', currency: 'CAD' });
    await generateReminders(t.db, '2026-02-01');
    const reminders = await remindersOf(owners.buyer_id);
    expect(reminders.map((r) => [r.currency, r.level, r.total_open]).sort()).toEqual([
      ['CAD', 2, '90.00'],
      ['USD', 2, '1500.75'],
    ]);
  });

  it('leaves out paid invoices, disputed amounts, excluded invoices and buyers with a promise to pay ahead', async () => {
    const owners = await pair(t.db);
    const paid = await invoice(t.db, owners, { number: 'P-1' });
    const pay = await payment(t.db, owners);
    await insert(t.db, 'allocations', {
      payment_id: pay.id,
      invoice_id: paid.id,
      amount: '1000.00',
    });
    await invoice(t.db, owners, { number: 'P-2', disputed: true });
    await invoice(t.db, owners, { number: 'P-3', excluded_from_dunning: true });
    const partly = await invoice(t.db, owners, { number: 'P-4' });
    await insert(t.db, 'deductions', {
      invoice_id: partly.id,
      amount: '250.00',
      reason_code: 'shortage',
      status: 'disputed',
      opened_date: '2026-01-20',
    });
    await generateReminders(t.db, '2026-02-01');
    const [reminder] = await remindersOf(owners.buyer_id);
    expect(await listed(reminder.id)).toEqual([
      expect.objectContaining({ invoice_number: 'P-4', open_balance: '750.00' }),
    ]);

    const promised = await pair(t.db);
    await invoice(t.db, promised);
    await t.api
      .post('/api/contacts/record')
      .send({
        buyer_id: promised.buyer_id,
        contact_date: '2026-02-10',
        channel: 'phone',
        summary: 'Promised to pay on the 20th',
        promise_to_pay_date: '2026-02-20',
      })
      .expect(201);
    await generateReminders(t.db, '2026-02-15');
    expect(await remindersOf(promised.buyer_id)).toHaveLength(0);
    await generateReminders(t.db, '2026-02-21');
    expect(await remindersOf(promised.buyer_id)).toHaveLength(1);
  });

  it('holds the reminders of a payment plan on track, and resumes when an instalment is missed', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    for (const [date, amount] of [
      ['2026-04-15', '500.00'],
      ['2026-05-15', '500.00'],
    ]) {
      await insert(t.db, 'invoice_extensions', {
        invoice_id: inv.id,
        agreed_date: '2026-03-20',
        extended_due_date: date,
        amount,
      });
    }
    await generateReminders(t.db, '2026-04-10');
    expect(await remindersOf(owners.buyer_id)).toHaveLength(0);
    await generateReminders(t.db, '2026-04-20'); // the first 500.00 was not paid
    const [reminder] = await remindersOf(owners.buyer_id);
    expect(reminder).toMatchObject({ reminder_date: '2026-04-20', total_open: '1000.00' });
  });

  it("writes the text in the buyer's language and follows the exporter's own sequence", async () => {
    const owners = await pair(t.db, { language: 'it' });
    const own = await insert(t.db, 'dunning_levels', {
      exporter_id: owners.exporter_id,
      level: 1,
      offset_days: 10,
      channel: 'email',
      name: 'Primo',
    });
    await insert(t.db, 'dunning_texts', {
      dunning_level_id: own.id,
      language: 'it',
      subject: 'Sollecito {{exporter_name}}',
      body: 'Spettabile {{buyer_name}}\n{{invoices}}\nTotale {{total}} {{currency}}',
    });
    await invoice(t.db, owners, { amount: '12345.60' });
    await generateReminders(t.db, '2026-02-05');
    expect(await remindersOf(owners.buyer_id)).toHaveLength(0); // +10 not reached yet
    await generateReminders(t.db, '2026-02-10');
    const [reminder] = await remindersOf(owners.buyer_id);
    expect(reminder.dunning_level_id).toBe(own.id);
    expect(reminder.body).toContain('Totale 12.345,60 USD');
    expect(reminder.body).toContain('Fattura');
  });

  it('keeps a worklist: to do, then sent or skipped once, with a printable letter', async () => {
    const owners = await pair(t.db);
    await invoice(t.db, owners, { number: 'W-1' });
    await generateReminders(t.db, '2026-02-01');
    const [reminder] = await remindersOf(owners.buyer_id);
    expect(reminder.status).toBe('to_do');
    const letter = await t.api.get(`/api/reminders/${reminder.id}/letter`).expect(200);
    expect(letter.headers['content-type']).toMatch(/^text\/plain/);
    expect(letter.text).toContain('W-1');
    expect(letter.text).toContain('1,000.00 USD');
    const sent = await t.api.post(`/api/reminders/${reminder.id}/mark-sent`).expect(200);
    expect(sent.body.status).toBe('sent');
    expect(sent.body.sent_at).toBeTruthy();
    const again = await t.api.post(`/api/reminders/${reminder.id}/skip`).expect(409);
    expect(again.body.errors).toEqual({ status: 'is sent' });
  });

  it('refuses a run without a valid date', async () => {
    const bad = await t.api
      .post('/api/reminders/generate')
      .send({ as_of: '2026-13-01' })
      .expect(400);
    expect(bad.body.errors).toEqual({ as_of: 'must be a date (YYYY-MM-DD)' });
  });
});
