import supertest from 'supertest';
import { exporterFixture } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const newUser = (values: Record<string, unknown> = {}) => ({
  email: `Clerk.${Math.random().toString(36).slice(2, 8)}@CreditDesk.test`,
  name: 'Giulia Clerk',
  role: 'staff',
  password: 'a long enough password',
  ...values,
});

describe('the users resource', () => {
  it('creates a user whose password works and whose hash is never served', async () => {
    const created = await t.api.post('/api/users').send(newUser());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'staff', disabled: false, exporter_id: null });
    expect(created.body.email).toBe(created.body.email.toLowerCase());
    const served = [
      created.body,
      (await t.api.get(`/api/users/${created.body.id}`)).body,
      ...(await t.api.get('/api/users')).body,
    ];
    for (const user of served) {
      expect(user).not.toHaveProperty('password_hash');
      expect(user).not.toHaveProperty('password');
    }
    const stored = await t.db('users').where({ id: created.body.id }).first();
    expect(stored.password_hash).toMatch(/^\$2[ab]\$/);
    const login = await supertest(t.app)
      .post('/api/auth/login')
      .send({ email: created.body.email, password: 'a long enough password' });
    expect(login.status).toBe(200);
  });

  it('changes a password and keeps neither password nor hash in the audit log', async () => {
    const created = (await t.api.post('/api/users').send(newUser())).body;
    const changed = await t.api
      .put(`/api/users/${created.id}`)
      .send({ ...created, password: 'another long password' });
    expect(changed.status).toBe(200);
    const login = (password: string) =>
      supertest(t.app).post('/api/auth/login').send({ email: created.email, password });
    expect((await login('a long enough password')).status).toBe(401);
    expect((await login('another long password')).status).toBe(200);
    const audit = await t
      .db('audit_log')
      .where({ resource: 'users', record_id: String(created.id) });
    expect(audit.map((row) => row.action).sort()).toEqual(['create', 'update']);
    const text = JSON.stringify(audit);
    expect(text).not.toMatch(/password/);
    expect(text).not.toMatch(/\$2[ab]\$/);
    expect(audit.every((row) => row.user_id === t.admin.id)).toBe(true);
  });

  it('rejects a short password and a malformed e-mail address, naming the fields', async () => {
    const res = await t.api
      .post('/api/users')
      .send(newUser({ password: 'short', email: 'nobody' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      password: 'must be at least 10 characters long',
      email: 'has the wrong format',
    });
    const missing = await t.api.post('/api/users').send(newUser({ password: undefined }));
    expect(missing.body.errors).toEqual({ password: 'is required' });
  });

  it('refuses a second user with the same e-mail address in another case', async () => {
    const first = (await t.api.post('/api/users').send(newUser())).body;
    const again = await t.api
      .post('/api/users')
      .send(newUser({ email: first.email.toUpperCase() }));
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual({ email: 'is already taken' });
  });

  it('links exporter users, and only them, to an exporter', async () => {
    const exporter = await exporterFixture(t.db);
    const orphan = await t.api.post('/api/users').send(newUser({ role: 'exporter' }));
    expect(orphan.status).toBe(400);
    expect(orphan.body.errors).toEqual({ exporter_id: 'is required' });
    const linkedStaff = await t.api
      .post('/api/users')
      .send(newUser({ role: 'staff', exporter_id: exporter.id }));
    expect(linkedStaff.body.errors).toEqual({
      exporter_id: 'must be empty unless the role is exporter',
    });
    const exporterUser = await t.api
      .post('/api/users')
      .send(newUser({ role: 'exporter', exporter_id: exporter.id }));
    expect(exporterUser.status).toBe(201);
    expect(exporterUser.body.exporter_id).toBe(exporter.id);
  });

  it('does not let an admin demote or disable themself', async () => {
    const demote = await t.api.put(`/api/users/${t.admin.id}`).send({ role: 'staff' });
    expect(demote.status).toBe(400);
    expect(demote.body.errors).toEqual({ role: 'must stay admin' });
    const disable = await t.api.put(`/api/users/${t.admin.id}`).send({ disabled: true });
    expect(disable.body.errors).toEqual({ disabled: 'must stay false' });
    expect((await t.db('users').where({ id: t.admin.id }).first()).role).toBe('admin');
  });

  it('describes password as write-only in the OpenAPI document', async () => {
    const doc = (await t.api.get('/api/openapi.json')).body;
    const properties = doc.components.schemas.users.properties;
    expect(properties.password).toMatchObject({ type: 'string', writeOnly: true, minLength: 10 });
    expect(properties).not.toHaveProperty('password_hash');
  });
});

describe('the audit log', () => {
  it('records the user behind each change', async () => {
    const staff = await t.loginAs('staff');
    const buyer = await staff.post('/api/buyers').send({ name: 'Audited by Staff LLC' });
    expect(buyer.status).toBe(201);
    await t.api.put(`/api/buyers/${buyer.body.id}`).send({ city: 'Boston' });
    const rows = await t
      .db('audit_log')
      .where({ resource: 'buyers', record_id: String(buyer.body.id) })
      .orderBy('id');
    expect(rows.map((row) => [row.action, row.user_id])).toEqual([
      ['create', staff.user.id],
      ['update', t.admin.id],
    ]);
  });
});
