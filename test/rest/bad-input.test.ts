import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await buyerFixture(t.db, { name: 'Honest Buyer', country: 'US', city: 'Boston' });
});
afterAll(() => t.drop());

const get = (resource: string, query: Record<string, string>) =>
  t.api.get(`/api/${resource}`).query(query);

describe('bad list parameters answer 400 naming the parameter', () => {
  it.each([
    ['sort', '["name","ASC"', 'sort is not valid JSON'],
    ['range', '[0,', 'range is not valid JSON'],
    ['filter', '{name:1}', 'filter is not valid JSON'],
  ])('malformed JSON in %s', async (param, value, message) => {
    const res = await get('buyers', { [param]: value });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message, errors: { [param]: 'is not valid JSON' } });
  });

  it('a sort that is not [field, order], or is given twice', async () => {
    expect((await get('buyers', { sort: '"name"' })).body.errors).toEqual({ sort: 'is malformed' });
    expect((await get('buyers', { sort: '["name","UP"]' })).body.errors).toEqual({
      sort: 'order must be ASC or DESC',
    });
    const twice = await t.api.get('/api/buyers?sort=["name","ASC"]&sort=["id","ASC"]');
    expect(twice.status).toBe(400);
    expect(twice.body.message).toBe('sort must be given once, as JSON');
  });

  it('a sort on an unknown or non-sortable column', async () => {
    const unknown = await get('buyers', { sort: '["shoe_size","ASC"]' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('cannot sort buyers by "shoe_size"');
    const notes = await get('buyers', { sort: '["notes","ASC"]' });
    expect(notes.status).toBe(400);
    expect(notes.body.errors).toEqual({ sort: 'unknown field notes' });
  });

  it.each(['[-1,9]', '[10,2]', '[0.5,3]', '[0,1,2]', '"0-9"', '[0,"9"]'])(
    'a negative, reversed or malformed range %s',
    async (range) => {
      const res = await get('buyers', { range });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual({ range: 'is malformed' });
    },
  );

  it('an unknown column or operator in the filter', async () => {
    const column = await get('buyers', { filter: '{"shoe_size":42}' });
    expect(column.status).toBe(400);
    expect(column.body).toEqual({
      message: 'unknown filter "shoe_size" on buyers',
      errors: { shoe_size: 'unknown filter' },
    });
    const operator = await get('invoices', { filter: '{"amount_like":"1%"}' });
    expect(operator.body.errors).toEqual({ amount_like: 'unknown filter' });
    const notes = await get('buyers', { filter: '{"notes":"x"}' });
    expect(notes.body.errors).toEqual({ notes: 'unknown filter' });
    const array = await get('buyers', { filter: '[1,2]' });
    expect(array.body).toEqual({
      message: 'filter must be a JSON object',
      errors: { filter: 'must be an object' },
    });
  });

  it('a value of the wrong type for its column', async () => {
    const date = await get('invoices', { filter: '{"invoice_date_gte":"yesterday"}' });
    expect(date.status).toBe(400);
    expect(date.body.errors).toEqual({ invoice_date_gte: 'must be a date (YYYY-MM-DD)' });
    const impossible = await get('invoices', { filter: '{"due_date":"2026-02-30"}' });
    expect(impossible.body.errors).toEqual({ due_date: 'must be a date (YYYY-MM-DD)' });
    const enumNumber = await get('payments', { filter: '{"method":5}' });
    expect(enumNumber.body.errors).toEqual({ method: 'must be string' });
    const enumText = await get('payments', { filter: '{"method":"cash"}' });
    expect(enumText.body.errors).toEqual({ method: 'must be one of: check, wire, ach, card' });
    const id = await get('invoices', { filter: '{"buyer_id":"7 OR 1=1"}' });
    expect(id.body.errors).toEqual({ buyer_id: 'must be integer' });
    const huge = await get('invoices', { filter: '{"buyer_id":99999999999}' });
    expect(huge.status).toBe(400);
    const object = await get('buyers', { filter: '{"name":{"$ne":null}}' });
    expect(object.body.errors).toEqual({ name: 'must be string' });
    const compareNull = await get('invoices', { filter: '{"amount_gt":null}' });
    expect(compareNull.body.errors).toEqual({ amount_gt: 'cannot be null' });
    const range = await get('invoices', { filter: '{"amount_gte":[1,2]}' });
    expect(range.body.errors).toEqual({ amount_gte: 'takes one value' });
  });

  it('a q that is not text, or on a resource with nothing to search', async () => {
    expect((await get('buyers', { filter: '{"q":5}' })).body.errors).toEqual({ q: 'must be text' });
    const none = await get('allocations', { filter: '{"q":"abc"}' });
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual({ q: 'not searchable' });
  });

  it('a NUL character in a filter, q or a written field', async () => {
    expect((await get('buyers', { filter: '{"name":"a\\u0000b"}' })).body.errors).toEqual({
      name: 'contains a NUL character',
    });
    expect((await get('buyers', { filter: '{"q":"a\\u0000"}' })).status).toBe(400);
    const write = await t.api.post('/api/buyers').send({ name: 'Nul\u0000Buyer' });
    expect(write.status).toBe(400);
    expect(write.body.errors).toEqual({ name: 'must not contain NUL characters' });
  });
});

describe('bad bodies answer 400', () => {
  it('wrong types for a date, an enum, an id and money', async () => {
    const exporter = await exporterFixture(t.db);
    const res = await t.api.post('/api/invoices').send({
      exporter_id: String(exporter.id),
      buyer_id: 1,
      number: 'T-1',
      invoice_date: 20260101,
      amount: 'ten',
      currency: 'USD',
      disputed: 'yes',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({
      exporter_id: 'must be integer',
      invoice_date: 'must be string',
      amount: 'must be a number with at most 2 decimals',
      disputed: 'must be boolean',
    });
    const language = await t.api.post('/api/exporters').send({ name: 'Lang', language: 1 });
    expect(language.body.errors).toEqual({ language: 'must be string' });
  });

  it('a body that is not a JSON object, or not JSON at all', async () => {
    const array = await t.api.post('/api/buyers').send([{ name: 'A' }]);
    expect(array.status).toBe(400);
    expect(array.body.message).toBe('The request body must be a JSON object');
    const broken = await t.api
      .post('/api/buyers')
      .set('Content-Type', 'application/json')
      .send('{"name":');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({ message: 'The request body is not valid JSON', errors: {} });
  });
});

describe('SQL in names and values', () => {
  it('is refused or matched as plain text, never executed', async () => {
    await t.db.raw('CREATE TABLE canary (id int); INSERT INTO canary VALUES (1), (2)');
    const counts = async () => ({
      canary: (await t.db('canary').count({ n: '*' }))[0].n,
      buyers: (await t.db('buyers').count({ n: '*' }))[0].n,
    });
    const before = await counts();
    const drop = "x'); DROP TABLE canary; DELETE FROM buyers; --";
    const attempts: Record<string, string>[] = [
      { sort: JSON.stringify([`name; ${drop}`, 'ASC']) },
      { sort: JSON.stringify(['name', `ASC; ${drop}`]) },
      { sort: JSON.stringify(['(SELECT 1)', 'ASC']) },
      { filter: JSON.stringify({ [`name" = '' OR 1=1; ${drop}`]: 'x' }) },
      { filter: JSON.stringify({ 'name_gte); DROP TABLE canary; --': 'x' }) },
      { filter: JSON.stringify({ name: drop }) },
      { filter: JSON.stringify({ name: "' OR '1'='1" }) },
      { filter: JSON.stringify({ city: ["Boston') OR 1=1 --", 'Boston'] }) },
      { filter: JSON.stringify({ q: drop }) },
      { filter: JSON.stringify({ q: "%' OR 1=1 --" }) },
      { filter: JSON.stringify({ report_emails: drop }) },
      { range: '[0, "9; DROP TABLE canary"]' },
    ];
    const statuses: number[] = [];
    const rows: number[] = [];
    for (const query of attempts) {
      const res = await get(
        query.filter?.includes('report_emails') ? 'exporters' : 'buyers',
        query,
      );
      statuses.push(res.status);
      if (res.status === 200) rows.push(...res.body.map((b: { name: string }) => b.name));
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 200, 200, 200, 200, 200, 200, 400]);
    // The hostile values matched as text; only the honest buyer for 'Boston' among ['…', 'US'].
    expect(rows).toEqual(['Honest Buyer']);
    expect(await counts()).toEqual(before);
    const write = await t.api.post('/api/buyers').send({ name: drop, [`city = 'x'; ${drop}`]: 1 });
    expect(write.status).toBe(201);
    expect(write.body.name).toBe(drop);
    expect((await counts()).canary).toBe(before.canary);
  });
});

describe('dates out of any plausible range', () => {
  it('are refused on the field, in Postgres-free words, before the database sees them', async () => {
    const res = await t.api
      .post('/api/exporters')
      .send({ name: 'Year Zero', assignment_date: '0000-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ assignment_date: 'must be a date (YYYY-MM-DD)' });
    const fine = await t.api
      .post('/api/exporters')
      .send({ name: 'Year Fine', assignment_date: '1999-12-31' });
    expect(fine.status).toBe(201);
  });
});
