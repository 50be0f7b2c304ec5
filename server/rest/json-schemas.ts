import type { ColumnDeclaration } from './types';

/** The JSON Schema of one column's value, as clients send it and as the API answers it. */
export function columnSchema(column: ColumnDeclaration): Record<string, unknown> {
  const schema = baseSchema(column);
  if (column.description) schema.description = column.description;
  if (column.required) return schema;
  // ajv wants null listed among the values of a nullable enum.
  if (schema.enum) return { ...schema, nullable: true, enum: [...(schema.enum as string[]), null] };
  return { ...schema, nullable: true };
}

function baseSchema(column: ColumnDeclaration): Record<string, unknown> {
  switch (column.type) {
    case 'id':
    case 'reference':
      return { type: 'integer', minimum: 1, maximum: 2147483647 };
    case 'integer':
      return {
        type: 'integer',
        minimum: column.minimum ?? -2147483648,
        maximum: column.maximum ?? 2147483647,
      };
    case 'money':
    case 'decimal':
      return {
        type: 'string',
        decimal: {
          scale: column.type === 'money' ? 2 : 4,
          ...(column.positive ? { sign: 'positive' } : {}),
          ...(column.nonNegative ? { sign: 'nonNegative' } : {}),
        },
      };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'timestamp':
      return { type: 'string', format: 'date-time' };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...(column.values ?? [])] };
    case 'emails':
      return { type: 'array', maxItems: 20, items: { type: 'string', format: 'email' } };
    case 'json':
      return {};
    case 'string':
    case 'text': {
      const schema: Record<string, unknown> = {
        type: 'string',
        maxLength: column.maxLength ?? (column.type === 'text' ? 10000 : 200),
      };
      if (column.pattern) schema.pattern = column.pattern;
      if (column.minLength) schema.minLength = column.minLength;
      return schema;
    }
  }
}

/** The write schema of a resource: its writable columns; on create, the required ones. */
export function writeSchema(
  columns: Record<string, ColumnDeclaration>,
  writable: string[],
  mode: 'create' | 'update',
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of writable) properties[name] = columnSchema(columns[name]);
  const required = mode === 'create' ? writable.filter((name) => columns[name].required) : [];
  return { type: 'object', properties, required, additionalProperties: false };
}
