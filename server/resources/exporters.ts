import { defineResource } from '../rest/define-resource';
import { byColumn } from '../rest/exporter-scopes';
import { country, date, id, name, stamps, text } from './columns';

export default defineResource({
  name: 'exporters',
  exporterScope: byColumn('id'),
  table: 'exporters',
  defaultSort: ['name', 'ASC'],
  columns: {
    id,
    name,
    legal_name: { type: 'string', search: true },
    country: { ...country(), description: 'Where the exporter is based (IT by default)' },
    language: { type: 'enum', values: ['en', 'it'], description: 'Language of its reports' },
    vat_number: { type: 'string', search: true },
    address: { type: 'string', maxLength: 500 },
    report_emails: { type: 'emails', description: 'Where the weekly report is mailed' },
    assignment_date: { ...date(), description: 'Date of the written mandate' },
    contact_name: { type: 'string' },
    phone: { type: 'string' },
    notes: text,
    ...stamps,
  },
});
