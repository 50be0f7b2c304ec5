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

/** Audit rows whose record holds the test card in any spelling the tests use. */
const auditRowsWithCard = async () =>
  (await t.db('audit_log').select('after')).filter((row) =>
    findCardNumber(JSON.stringify(row.after)),
  );
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

  it('recognises one split by dots, slashes or any kind of space, and in full-width digits', () => {
    expect(findCardNumber('4111.1111.1111.1111')).toBe(true);
    expect(findCardNumber('4111/1111/1111/1111')).toBe(true);
    expect(findCardNumber('4111_1111_1111_1111')).toBe(true);
    expect(findCardNumber('4111\u00a01111\u00a01111\u00a01111')).toBe(true); // no-break space
    expect(findCardNumber('4111\u202f1111\u20091111\u30001111')).toBe(true); // narrow, thin, ideographic
    expect(findCardNumber('4111  1111\t1111 1111')).toBe(true);
    expect(findCardNumber('4111\u20131111\u20131111\u20131111')).toBe(true); // en dashes
    expect(findCardNumber('4111\u200b1111\u00ad1111\u20601111')).toBe(true); // invisible marks
    expect(findCardNumber('\uff14' + '\uff11'.repeat(15))).toBe(true);
    expect(findCardNumber('\u0664' + '\u0661'.repeat(15))).toBe(true); // Arabic-Indic
    expect(findCardNumber('due 2026-05-01 4111 1111 1111 1111')).toBe(true);
    expect(findCardNumber('card 3782 822463 10005, thanks')).toBe(true);
  });

  it('lets ordinary references, amounts and dates through', () => {
    expect(findCardNumber('4111.1111.1111.1112')).toBe(false); // 16 digits failing Luhn
    expect(findCardNumber('\uff14\uff11\uff11\uff11'.repeat(3) + '\uff14\uff11\uff11\uff12')).toBe(
      false,
    );
    expect(findCardNumber('INV 2026/0412/7788/1234')).toBe(false);
    expect(findCardNumber('paid 2026-05-01 2026-06-01')).toBe(false);
    expect(findCardNumber('from 01.05.2026 to 31.05.2026')).toBe(false);
    expect(findCardNumber('1.234.567,89 EUR')).toBe(false);
    expect(findCardNumber('PO 4500012345, invoice 9000054321')).toBe(false);
  });

  it('refuses one written with unicode escapes in JSON, in a value or a key, and stores nothing', async () => {
    const owners = await pair(t.db);
    logged = '';
    const payment = (extra: string) =>
      `{"exporter_id":${owners.exporter_id},"buyer_id":${owners.buyer_id},"method":"card",` +
      `"amount":"10.00","currency":"USD","received_date":"2026-03-01"${extra}}`;
    const escaped = await api
      .post('/api/payments')
      .set('Content-Type', 'application/json')
      .send(payment(',"notes":"card \\u0034111111111111111"'))
      .expect(400);
    expect(escaped.body).toEqual({
      ...REFUSED,
      errors: { notes: 'looks like a full card number' },
    });
    const key = await api
      .post('/api/payments')
      .set('Content-Type', 'application/json')
      .send(payment(',"\\u0034111111111111111":"x"'))
      .expect(400);
    expect(key.body.errors).toEqual({ _: 'looks like a full card number' });
    await api
      .post('/api/payments')
      .set('Content-Type', 'application/json')
      .send(payment(',"notes":"\\uff14\\uff11\\uff11\\uff11 1111.1111/1111"'))
      .expect(400);
    expect(await t.db('payments').where({ buyer_id: owners.buyer_id })).toEqual([]);
    expect(await auditRowsWithCard()).toEqual([]);
    expect(logged).toBe('');
  });

  it('refuses one in a UTF-16 body and in a form with no-break spaces', async () => {
    const owners = await pair(t.db);
    logged = '';
    const body = JSON.stringify({
      ...owners,
      method: 'card',
      amount: '10.00',
      currency: 'USD',
      received_date: '2026-03-01',
      notes: `card ${VISA}`,
    });
    const utf16 = await api
      .post('/api/payments')
      .set('Content-Type', 'application/json; charset=utf-16le')
      // Sent as the bytes they are, not as a JSON picture of a Buffer.
      .serialize((bytes) => bytes)
      .send(Buffer.from(body, 'utf16le'))
      .expect(400);
    expect(utf16.body.errors).toEqual({ notes: 'looks like a full card number' });
    const form = await api
      .post('/api/payments')
      .type('form')
      .send(
        `exporter_id=${owners.exporter_id}&notes=4111%C2%A01111%C2%A01111%C2%A01111&method=card`,
      )
      .expect(400);
    expect(form.body.errors).toEqual({ notes: 'looks like a full card number' });
    expect(await t.db('payments').where({ buyer_id: owners.buyer_id })).toEqual([]);
    expect(await auditRowsWithCard()).toEqual([]);
    expect(logged).toBe('');
  });

  it('refuses one escaped in a JSON filter, dotted in the address or full-width in the query', async () => {
    logged = '';
    const escapedFilter = await api
      .get(`/api/payments?filter=${encodeURIComponent('{"q":"\\u0034111111111111111"}')}`)
      .expect(400);
    expect(escapedFilter.body.errors).toEqual({ url: 'looks like a full card number' });
    await api.get('/api/payments/4111.1111.1111.1111').expect(400);
    await api.get(`/api/payments?${encodeURIComponent('\uff14111111111111111')}=1`).expect(400);
    await api
      .get(`/api/payments?q=${encodeURIComponent('4111\u00a01111\u00a01111\u00a01111')}`)
      .expect(400);
    expect(logged).toBe('');
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
    const fullWidth = await api
      .post(`/api/payments/${pay.id}/check-image`)
      .field('memo', '\uff14\uff11\uff11\uff11.1111.1111.1111')
      .attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'front.jpg')
      .expect(400);
    expect(fullWidth.body.errors).toEqual({ memo: 'looks like a full card number' });
    const named = await api
      .post(`/api/payments/${pay.id}/check-image`)
      .attach('file', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), `${VISA}.jpg`)
      .expect(400);
    expect(named.body.errors).toEqual({ file: 'looks like a full card number' });
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
        notes: 'ref 4111.1111.1111.1112, between 2026-05-01 2026-06-01',
      })
      .expect(201);
    expect(logged).toContain('"url":"/api/payments"');
    expect(logged).not.toContain(VISA);
  });
});
