import { createHash } from 'node:crypto';
import { createTestApp, TestApp } from '../helpers/test-app';
import { MAX_UPLOAD_BYTES } from '../../server/collections/receive-upload';
import { check, pair, payment } from './collections-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const build = (body: Record<string, unknown>) =>
  t.api.post('/api/deposits/build').send({ bank_account: 'Chase 0042', ...body });

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('checks and deposits', () => {
  it('deposits a check received 2026-05-01 dated 2026-05-15 on the 15th, not on the 10th', async () => {
    const owners = await pair(t.db);
    const postDated = await check(t.db, owners, {
      amount: '1500.00',
      received_date: '2026-05-01',
      check_date: '2026-05-15',
    });
    const shown = await t.api.get(`/api/payments/${postDated.id}`).expect(200);
    expect(shown.body.post_dated).toBe(true);
    const waiting = (asOf: string) =>
      t.api.get(`/api/post_dated_checks?filter=${JSON.stringify({ as_of: asOf, ...owners })}`);
    expect((await waiting('2026-05-10')).body.map((c: { id: number }) => c.id)).toEqual([
      postDated.id,
    ]);
    expect((await waiting('2026-05-15')).body).toEqual([]);

    const early = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-10',
      payment_ids: [postDated.id],
    }).expect(400);
    expect(early.body.errors).toEqual({
      payment_ids: `Check ${postDated.check_number} is post-dated to 2026-05-15: it cannot be deposited on 2026-05-10`,
    });
    expect(await t.db('deposits').where({ exporter_id: owners.exporter_id })).toEqual([]);

    const onTime = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-15',
      payment_ids: [postDated.id],
    }).expect(201);
    expect(onTime.body).toMatchObject({
      deposit_date: '2026-05-15',
      total: '1500.00',
      check_count: 1,
    });
  });

  it('totals a deposit as the sum of its checks and puts a check in one deposit only', async () => {
    const owners = await pair(t.db);
    const a = await check(t.db, owners, { amount: '1200.40' });
    const b = await check(t.db, owners, { amount: '99.60' });
    const first = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-02',
      payment_ids: [a.id, b.id],
    }).expect(201);
    expect(first.body).toMatchObject({ total: '1300.00', check_count: 2, currency: 'USD' });
    const again = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-03',
      payment_ids: [b.id],
    }).expect(400);
    expect(again.body.errors).toEqual({
      payment_ids: `Check ${b.check_number} is already in deposit ${first.body.id}`,
    });
    const direct = await t.api
      .put(`/api/payments/${a.id}`)
      .send({ deposit_id: 999999 })
      .expect(400);
    expect(direct.body.errors.deposit_id).toMatch(/is already in deposit/);
    const listed = await t.api.get(`/api/deposits/${first.body.id}`).expect(200);
    expect(listed.body.total).toBe('1300.00');
  });

  it('puts a check in only one of two deposits built at the same moment', async () => {
    const owners = await pair(t.db);
    const cheque = await check(t.db, owners, { amount: '640.00' });
    const deposit = (bank: string) =>
      build({
        exporter_id: owners.exporter_id,
        bank_account: bank,
        deposit_date: '2026-05-05',
        payment_ids: [cheque.id],
      });
    const results = await Promise.all([deposit('Chase 0042'), deposit('Wells 0913')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await t.db('deposits').where({ exporter_id: owners.exporter_id })).toHaveLength(1);
  });

  it('refuses a deposit date moved before a check it holds, wires, and checks of another exporter', async () => {
    const owners = await pair(t.db);
    const dated = await check(t.db, owners, {
      received_date: '2026-05-01',
      check_date: '2026-05-20',
    });
    const deposit = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-20',
      payment_ids: [dated.id],
    }).expect(201);
    const moved = await t.api
      .put(`/api/deposits/${deposit.body.id}`)
      .send({ deposit_date: '2026-05-19' })
      .expect(400);
    expect(moved.body.errors).toHaveProperty('deposit_date');
    const wire = await payment(t.db, owners);
    const notCheck = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-20',
      payment_ids: [wire.id],
    }).expect(400);
    expect(notCheck.body.errors).toEqual({ payment_ids: 'only checks go into a deposit' });
    const stranger = await check(t.db, await pair(t.db));
    const foreign = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-20',
      payment_ids: [stranger.id],
    }).expect(400);
    expect(foreign.body.errors.payment_ids).toMatch(/belongs to another exporter/);
    const missing = await build({
      exporter_id: owners.exporter_id,
      deposit_date: '2026-05-20',
      payment_ids: [],
    });
    expect(missing.status).toBe(400);
    expect(await t.db('deposits').where({ exporter_id: owners.exporter_id })).toHaveLength(1);
  });

  it('keeps the image of a check with its checksum and serves it with its content type', async () => {
    const owners = await pair(t.db);
    const pay = await check(t.db, owners);
    const uploaded = await t.api
      .post(`/api/payments/${pay.id}/check-image`)
      .attach('file', JPEG, { filename: 'front.png', contentType: 'image/png' })
      .expect(201);
    expect(uploaded.body).toMatchObject({
      kind: 'check_image',
      payment_id: pay.id,
      content_type: 'image/jpeg',
      size_bytes: JPEG.length,
      sha256: createHash('sha256').update(JPEG).digest('hex'),
    });
    const image = await t.api.get(`/api/payments/${pay.id}/check-image`).expect(200);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(image.body, JPEG)).toBe(0);
    const pdf = await t.api
      .post(`/api/payments/${pay.id}/check-image`)
      .attach('file', PDF, 'scan.jpg')
      .expect(201);
    const served = await t.api.get(`/api/documents/${pdf.body.id}/content`).expect(200);
    expect(served.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a file that is not an image or PDF, or is too large, and stores nothing', async () => {
    const owners = await pair(t.db);
    const pay = await check(t.db, owners);
    const text = await t.api
      .post(`/api/payments/${pay.id}/check-image`)
      .attach('file', Buffer.from('just some text'), {
        filename: 'check.jpg',
        contentType: 'image/jpeg',
      })
      .expect(400);
    expect(text.body).toEqual({
      message: 'The file is not a JPEG, PNG or PDF',
      errors: { file: 'must be a JPEG, PNG or PDF' },
    });
    const huge = Buffer.concat([JPEG, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const large = await t.api
      .post(`/api/payments/${pay.id}/check-image`)
      .attach('file', huge, 'big.jpg')
      .expect(400);
    expect(large.body.errors).toEqual({ file: 'must be at most 5 MB' });
    const none = await t.api
      .post(`/api/payments/${pay.id}/check-image`)
      .field('note', 'x')
      .expect(400);
    expect(none.body.errors).toEqual({ file: 'is required' });
    const wire = await payment(t.db, owners);
    await t.api
      .post(`/api/payments/${wire.id}/check-image`)
      .attach('file', JPEG, 'a.jpg')
      .expect(400);
    expect(await t.db('documents').whereIn('payment_id', [pay.id, wire.id])).toEqual([]);
  });
});
