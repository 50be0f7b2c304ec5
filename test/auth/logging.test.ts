import supertest from 'supertest';
import { createApp } from '../../server/app';
import { capturedLogger } from '../helpers/captured-logger';
import { createTestApp, TEST_PASSWORD, TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('what reaches the log', () => {
  it('never holds a password or a session id, across logins, reads, failures and logout', async () => {
    const log = capturedLogger();
    const agent = supertest.agent(createApp({ db: t.db, logger: log.logger }));
    const wrong = 'my wrong password guess';
    await agent.post('/api/auth/login').send({ email: t.admin.email, password: wrong });
    const login = await agent
      .post('/api/auth/login')
      .send({ email: t.admin.email, password: TEST_PASSWORD });
    const cookie = login.headers['set-cookie'][0];
    const signed = decodeURIComponent(/creditdesk\.sid=([^;]+)/.exec(cookie)?.[1] ?? '');
    const sessionId = /^s:([^.]+)\./.exec(signed)?.[1] as string;
    expect(sessionId.length).toBeGreaterThan(20);
    await agent.get('/api/invoices');
    await agent.post('/api/users').send({
      email: 'logged@creditdesk.test',
      name: 'Logged',
      role: 'staff',
      password: 'the new users password',
    });
    await agent.put('/api/buyers/999999').send({ name: 'x' });
    await agent.post('/api/auth/logout');
    const text = log.text();
    expect(text).toMatch(/user logged in/);
    expect(text).toMatch(/"url":"\/api\/invoices"/);
    for (const secret of [TEST_PASSWORD, wrong, 'the new users password', sessionId, signed]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('redacts passwords, hashes and session ids wherever a log call puts them', () => {
    const log = capturedLogger();
    log.logger.info(
      {
        password: 'p1 secret',
        user: { password: 'p2 secret', password_hash: '$2b$04$hash' },
        row: { after: { password_hash: '$2b$04$nested' } },
        sessionID: 'sid secret',
        session: { sid: 'sid2 secret' },
      },
      'something happened',
    );
    const text = log.text();
    expect(text).toMatch(/something happened/);
    for (const secret of [
      'p1 secret',
      'p2 secret',
      '$2b$04$hash',
      '$2b$04$nested',
      'sid secret',
      'sid2 secret',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
