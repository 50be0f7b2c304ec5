import { Writable } from 'node:stream';
import pino from 'pino';
import { findCardNumber } from '../../server/collections/find-card-number';
import { Agent, createTestApp, TestApp } from '../helpers/test-app';
import { check, pair } from './collections-world';

let t: TestApp;
let api: Agent;
let logged = '';
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  // Logged in: the guard must refuse before the logger whoever calls, and the uploads and
  // payments that pass it need a session like any other write.
  t = await createTestApp({}, { logger: pino({ level: 'info' }, sink) });
  api = t.api;
});
afterAll(() => t.drop());

const VISA = '4111111111111111';
const REFUSED = {
  message: 'A full card number may not be sent or stored; keep only the last four digits',
};

describe('full card numbers', () => {
  it('recognises 13 to 19 digits passing Luhn, grouped by spaces or dashes', () => {
    expect(findCardNumber(VISA)).toBe(true);
    expect(findCardNumber('card 4111 1111 1111 1111 exp 12/29')).toBe(true);
    expect(findCardNumber('5500-0000-0000-0004')).toBe(true);
    expect(findCardNumber('378282246310005')).toBe(true); // Amex, 15 digits
    expect(findCardNumber('4111111111111112')).toBe(false); // fails Luhn
    expect(findCardNumber('411111111111')).toBe(false); // 12 digits
    expect(findCardNumber('4242')).toBe(false);
    expect(findCardNumber('Invoice 2026-05-01, amount 1234567.89')).toBe(false);
  });

  it('refuses one in any body field with 400 and never logs it', async () => {
    const owners = await pair(t.db);
    logged = '';
    const res = await api
      .post('/api/payments')
      .send({
        ...owners,
        method: 'card',
        amount: '10.00',
        currency: 'USD',
        received_date: '2026-03-01',
        notes: `paid with ${VISA.replace(/(\d{4})/g, '$1 ').trim()}`,
      })
      .expect(400);
    expect(res.body).toEqual({ ...REFUSED, errors: { notes: 'looks like a full card number' } });
    const nested = await api
      .post('/api/payments/1/apply')
      .send({ allocations: [{ invoice_id: 1, amount: '1.00', deduction: { card: Number(VISA) } }] })
      .expect(400);
    expect(nested.body.errors).toEqual({
      'allocations.0.deduction.card': 'looks like a full card number',
    });
    expect(await t.db('payments').where({ buyer_id: owners.buyer_id })).toEqual([]);
    expect(logged).toBe('');
  });

  it('refuses one in the query string or the address on any route, and never logs it', async () => {
    logged = '';
    await api
      .get(`/api/payments?filter=${encodeURIComponent(JSON.stringify({ q: VISA }))}`)
      .expect(400);
    await api.get(`/api/no-such-route?card=${VISA.slice(0, 8)}-${VISA.slice(8)}`).expect(400);
    await api.get(`/api/payments/${VISA}`).expect(400);
    expect(logged).toBe('');
  });

  it('refuses one in a form field of an upload', async () => {
    const owners = await pair(t.db);
    const pay = await check(t.db, owners);
    const res = await api
      .post(`/api/payments/${pay.id}/check-image`)
      .field('memo', VISA)
      .attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'front.jpg')
      .expect(400);
    expect(res.body.errors).toEqual({ memo: 'looks like a full card number' });
    expect(logged).not.toContain(VISA);
    expect(await t.db('documents').where({ payment_id: pay.id })).toEqual([]);
  });

  it('logs ordinary requests, and a card payment with only its last four digits goes through', async () => {
    const owners = await pair(t.db);
    logged = '';
    await api
      .post('/api/payments')
      .send({
        ...owners,
        method: 'card',
        amount: '10.00',
        currency: 'USD',
        received_date: '2026-03-01',
        card_last4: '1111',
        card_processor_ref: 'ch_1',
        card_fee: '0.59',
      })
      .expect(201);
    expect(logged).toContain('"url":"/api/payments"');
    expect(logged).not.toContain(VISA);
  });
});
