import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const auditOf = (recordId: number) =>
  t.api.get('/api/audit_log').query({
    filter: JSON.stringify({ resource: 'buyers', record_id: String(recordId) }),
    sort: JSON.stringify(['id', 'ASC']),
  });

describe('the audit log', () => {
  it('records who, what, when, before and after for a create, an update and a delete', async () => {
    const created = await t.api.post('/api/buyers').set('X-Request-Id', 'req-create').send({
      name: 'Audited Buyer',
      country: 'US',
    });
    const id = created.body.id;
    await t.api.put(`/api/buyers/${id}`).send({ ...created.body, city: 'Denver' });
    await t.api.delete(`/api/buyers/${id}`);
    const res = await auditOf(id);
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('audit_log 0-2/3');
    const [create, update, remove] = res.body;
    expect(create).toMatchObject({
      action: 'create',
      resource: 'buyers',
      record_id: String(id),
      user_id: t.admin.id,
      request_id: 'req-create',
      before: null,
    });
    expect(create.after).toMatchObject({ name: 'Audited Buyer', country: 'US', version: 1 });
    expect(new Date(create.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(update.before).toMatchObject({ city: null, version: 1 });
    expect(update.after).toMatchObject({ city: 'Denver', version: 2 });
    expect(remove).toMatchObject({ action: 'delete', after: null });
    expect(remove.before).toMatchObject({ name: 'Audited Buyer', city: 'Denver' });
  });

  it('leaves no audit row when the write fails', async () => {
    const buyer = await buyerFixture(t.db, { country: 'CA', tax_id: '123456789' });
    const before = await t.db('audit_log').count({ n: '*' });
    const duplicate = await t.api
      .post('/api/buyers')
      .send({ name: 'Copy', country: 'CA', tax_id: '123456789' });
    expect(duplicate.status).toBe(409);
    const stale = await t.api.put(`/api/buyers/${buyer.id}`).send({ version: 7, city: 'Laval' });
    expect(stale.status).toBe(409);
    const invalid = await t.api.put(`/api/buyers/${buyer.id}`).send({ country: 'C1' });
    expect(invalid.status).toBe(400);
    expect(await t.db('audit_log').count({ n: '*' })).toEqual(before);
  });

  it('writes the record and its audit row in one transaction: no audit, no record', async () => {
    // Make the audit insert itself fail for one name, after the buyer row is written.
    await t.db.raw(`
      CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.after->>'name' = 'Poison Buyer' THEN RAISE EXCEPTION 'audit refused'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_poison BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION refuse_poison();
    `);
    const res = await t.api.post('/api/buyers').send({ name: 'Poison Buyer' });
    expect(res.status).toBe(400);
    expect(await t.db('buyers').where({ name: 'Poison Buyer' })).toEqual([]);
  });

  it('is read-only: no one writes the audit log through the API', async () => {
    const post = await t.api.post('/api/audit_log').send({ resource: 'buyers', record_id: '1' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect(post.body).toEqual({
      message: 'POST is not allowed: audit_log is read-only',
      errors: {},
    });
    expect((await t.api.put('/api/audit_log/1').send({})).status).toBe(405);
    expect((await t.api.delete('/api/audit_log/1')).status).toBe(405);
  });
});
