import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import openApi30Schema from '@seriousme/openapi-schema-validator/schemas/v3.0/schema.json';
import { resources } from '../../server/resources';
import { createTestApp, TestApp } from '../helpers/test-app';

let t: TestApp;
let document: {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
};
beforeAll(async () => {
  t = await createTestApp();
  const res = await t.api.get('/api/openapi.json');
  expect(res.status).toBe(200);
  document = res.body;
});
afterAll(() => t.drop());

/** Every "$ref" string anywhere in the document. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refs(item, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.0 document', () => {
    // The official OpenAPI 3.0 JSON Schema, as the openapi-schema-validator package ships it.
    const ajv = new Ajv04({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(openApi30Schema);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    // The validator does refuse a broken document.
    expect(
      validate({ ...document, paths: { '/api/x': { get: { responses: { 200: {} } } } } }),
    ).toBe(false);
    expect(document.openapi).toBe('3.0.3');
  });

  it('has paths and a schema for every declared resource, with every column', () => {
    for (const resource of resources) {
      const list = document.paths[`/api/${resource.name}`];
      const one = document.paths[`/api/${resource.name}/{id}`];
      expect({
        name: resource.name,
        list: Object.keys(list ?? {}),
        one: Object.keys(one ?? {}),
      }).toEqual({
        name: resource.name,
        list: resource.readOnly ? ['get'] : ['get', 'post'],
        one: resource.readOnly ? ['parameters', 'get'] : ['parameters', 'get', 'put', 'delete'],
      });
      const schema = document.components.schemas[resource.name];
      expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(resource.columns).sort());
    }
  });

  it('marks read-only columns and lists the filters a resource accepts', () => {
    const invoice = document.components.schemas.invoices.properties;
    expect(invoice.open_balance).toMatchObject({ type: 'string', readOnly: true });
    expect(invoice.number).toMatchObject({ type: 'string' });
    expect(invoice.number).not.toHaveProperty('readOnly');
    const filter = (
      document.paths['/api/invoices'].get as { parameters: { name: string; description: string }[] }
    ).parameters.find((p) => p.name === 'filter');
    expect(filter?.description).toMatch(/overdue/);
    expect(filter?.description).toMatch(/_gte/);
  });

  it('resolves every $ref it uses', () => {
    const targets = refs(document).map((ref) => ref.replace('#/components/schemas/', ''));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((name) => !document.components.schemas[name])).toEqual([]);
  });
});
