import type { ColumnDeclaration } from '../rest/types';

// Column shapes that recur across resources, so each declaration reads as its domain.
export const id: ColumnDeclaration = { type: 'id', readOnly: true };
export const stamps: Record<string, ColumnDeclaration> = {
  created_at: { type: 'timestamp', readOnly: true },
  updated_at: { type: 'timestamp', readOnly: true },
  version: { type: 'integer', readOnly: true, filter: false },
};
export const ref = (resource: string, required = true): ColumnDeclaration => ({
  type: 'reference',
  references: resource,
  required,
});
export const amount = (extra: Partial<ColumnDeclaration> = {}): ColumnDeclaration => ({
  type: 'money',
  required: true,
  positive: true,
  ...extra,
});
export const currency: ColumnDeclaration = {
  type: 'string',
  required: true,
  pattern: '^[A-Z]{3}$',
  maxLength: 3,
  description: 'ISO 4217 code, e.g. USD',
};
export const country = (required = false): ColumnDeclaration => ({
  type: 'string',
  required,
  pattern: '^[A-Z]{2}$',
  maxLength: 2,
  description: 'ISO 3166 two-letter code, e.g. US',
});
export const date = (required = false): ColumnDeclaration => ({ type: 'date', required });
export const text: ColumnDeclaration = { type: 'text' };
export const name: ColumnDeclaration = { type: 'string', required: true, search: true };
export const days = (required = true): ColumnDeclaration => ({
  type: 'integer',
  required,
  minimum: 0,
  maximum: 3650,
});
