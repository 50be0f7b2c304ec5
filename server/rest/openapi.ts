import { isFilterable, isSortable } from './define-resource';
import { columnSchema } from './json-schemas';
import { MAX_PAGE_SIZE } from './parse-list-query';
import type { Resource } from './types';

const jsonParam = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
});

const errorResponse = {
  description: 'The request was refused; errors names the fields and why',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          errors: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
  },
};

function paths(resource: Resource): Record<string, unknown> {
  const ref = { $ref: `#/components/schemas/${resource.name}` };
  const record = { description: 'The record', content: { 'application/json': { schema: ref } } };
  const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } };
  const filterable = Object.keys(resource.columns).filter((c) => isFilterable(resource.columns[c]));
  const sortable = Object.keys(resource.columns).filter((c) => isSortable(resource.columns[c]));
  const extraFilters = [...Object.keys(resource.params), ...Object.keys(resource.filters)];
  const list = {
    get: {
      summary: `List ${resource.name}`,
      parameters: [
        jsonParam('sort', `["field","ASC"|"DESC"]; fields: ${sortable.join(', ')}`),
        jsonParam('range', `[first,last], at most ${MAX_PAGE_SIZE} records`),
        jsonParam(
          'filter',
          `JSON object; keys: q, ${[...filterable, ...extraFilters].join(', ')}; ` +
            'suffixes _gte _lte _gt _lt _neq; an array means any of',
        ),
      ],
      responses: {
        200: {
          description: 'A page of records; Content-Range gives the total',
          headers: { 'Content-Range': { schema: { type: 'string' } } },
          content: { 'application/json': { schema: { type: 'array', items: ref } } },
        },
        400: errorResponse,
      },
    },
    ...(resource.readOnly
      ? {}
      : {
          post: {
            summary: `Create a ${resource.name} record`,
            requestBody: { content: { 'application/json': { schema: ref } } },
            responses: { 201: record, 400: errorResponse, 409: errorResponse },
          },
        }),
  };
  const one = {
    parameters: [idParam],
    get: { summary: `One ${resource.name} record`, responses: { 200: record, 404: errorResponse } },
    ...(resource.readOnly
      ? {}
      : {
          put: {
            summary: `Update a ${resource.name} record (send its version)`,
            requestBody: { content: { 'application/json': { schema: ref } } },
            responses: { 200: record, 400: errorResponse, 404: errorResponse, 409: errorResponse },
          },
          delete: {
            summary: `Delete a ${resource.name} record`,
            responses: { 200: record, 404: errorResponse, 409: errorResponse },
          },
        }),
  };
  return { [`/api/${resource.name}`]: list, [`/api/${resource.name}/{id}`]: one };
}

function schema(resource: Resource): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(resource.columns)) {
    const property = { ...columnSchema(column) };
    delete property.decimal;
    if (column.type === 'money' || column.type === 'decimal')
      property.pattern = '^-?\\d+(\\.\\d+)?$';
    if (column.readOnly || !resource.writable.includes(name)) property.readOnly = true;
    if (column.writeOnly) property.writeOnly = true;
    properties[name] = property;
  }
  const required = resource.writable.filter((name) => resource.columns[name].required);
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

/** The OpenAPI 3 document, generated from the same declarations that serve the routes. */
export function openApiDocument(resources: Resource[]): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: 'Creditdesk API',
      version: '1',
      description: "Every resource speaks react-admin's ra-data-simple-rest protocol.",
    },
    paths: Object.assign({}, ...resources.map(paths)),
    components: {
      schemas: Object.fromEntries(resources.map((resource) => [resource.name, schema(resource)])),
    },
  };
}
