import { matchColumns, normaliseHeader } from '../../server/import/match-columns';
import { parseAmount } from '../../server/import/parse-amount';
import { parseDate } from '../../server/import/parse-date';
import { parseIdentifier } from '../../server/import/parse-identifier';

describe('reading dates as people write them', () => {
  it.each([
    ['2024-03-31', undefined, '2024-03-31'],
    ['2020-05-22 00:00:00', undefined, '2020-05-22'],
    ['1/2/2013', 'MDY', '2013-01-02'],
    ['1/2/2013', 'DMY', '2013-02-01'],
    ['12/31/2012', undefined, '2012-12-31'],
    ['31/03/2024', undefined, '2024-03-31'],
    ['31.03.2024', undefined, '2024-03-31'],
    ['31-Mar-24', undefined, '2024-03-31'],
    ['05-Dec-13', undefined, '2013-12-05'],
    ['20240331', undefined, '2024-03-31'],
    ['45382', undefined, '2024-03-31'],
    [45382, undefined, '2024-03-31'],
    [new Date(Date.UTC(2024, 1, 29)), undefined, '2024-02-29'],
  ] as const)('reads %p (%p) as %p', (input, format, expected) => {
    expect(parseDate(input, format)).toEqual({ value: expected });
  });

  it('asks for the format when day and month could be swapped, and refuses impossible dates', () => {
    expect(parseDate('3/4/2024')).toEqual({
      error: 'is ambiguous (day or month first?): give the date format DMY or MDY',
    });
    expect(parseDate('2024-02-30')).toEqual({ error: 'is not a date on the calendar' });
    expect(parseDate('31/03/2024', 'MDY')).toEqual({ error: 'is not a date on the calendar' });
    expect(parseDate('soon')).toEqual({ error: 'is not a date' });
  });
});

describe('reading amounts as exact decimal strings', () => {
  it.each([
    ['1,234.56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1 234,56', '1234.56'],
    ['$ 1,234,567.8', '1234567.80'],
    ['€ 1.234.567,89', '1234567.89'],
    ['1234.56 USD', '1234.56'],
    ['94', '94.00'],
    ['12,5', '12.50'],
    ['1,234', '1234.00'],
    ['(1,234.56)', '-1234.56'],
    ['1.234,56-', '-1234.56'],
    ['99999999999.99', '99999999999.99'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseAmount(input)).toEqual({ value: expected });
  });

  it('rounds spreadsheet numbers on their shown digits, not through float arithmetic', () => {
    expect(parseAmount(0.1 + 0.2)).toEqual({ value: '0.30' });
    expect(parseAmount(1.005)).toEqual({ value: '1.01' });
    expect(parseAmount(1234.5)).toEqual({ value: '1234.50' });
  });

  it('follows the decimal separator the mapping gives and refuses what is not an amount', () => {
    expect(parseAmount('1.234', ',')).toEqual({ value: '1234.00' });
    expect(parseAmount('1,23', ',')).toEqual({ value: '1.23' });
    expect(parseAmount('12a.50')).toEqual({ error: 'has letters in it' });
    expect(parseAmount('1.2.3')).toEqual({ error: 'has misplaced thousands separators' });
    expect(parseAmount('12.345')).toEqual({ value: '12345.00' });
    expect(parseAmount('12.3456')).toEqual({ error: 'has more than two decimals' });
  });
});

describe('identifiers stay text', () => {
  it('keeps leading zeros, drops a float ".0" and pads to the width the mapping asks', () => {
    expect(parseIdentifier('0000611365')).toEqual({ value: '0000611365' });
    expect(parseIdentifier('1930571429.0')).toEqual({ value: '1930571429' });
    expect(parseIdentifier('200769623', 10)).toEqual({ value: '0200769623' });
    expect(parseIdentifier('CCCA02', 10)).toEqual({ value: 'CCCA02' });
  });
});

describe('matching headers to fields', () => {
  it('ignores case, spaces and punctuation and knows common synonyms', () => {
    expect(normaliseHeader('Invoice No.')).toBe('invoiceno');
    expect(normaliseHeader('Invoice #')).toBe('invoiceno');
    const match = matchColumns('invoices', [
      'Invoice No',
      'Customer Name',
      'Data Fattura',
      'Due Date',
      'total_open_amount',
      'Curr',
      'x',
    ]);
    expect(match.headers).toEqual({
      number: 'Invoice No',
      buyer_name: 'Customer Name',
      invoice_date: 'Data Fattura',
      due_date: 'Due Date',
      amount: 'total_open_amount',
      currency: 'Curr',
    });
    expect(match.ignored).toEqual(['x']);
    expect(match.missing).toEqual([]);
  });

  it('lets an explicit mapping win and names what is missing', () => {
    const match = matchColumns('invoices', ['doc_id', 'Kunde', 'InvoiceAmount'], {
      columns: { buyer_name: 'Kunde' },
      currency: 'EUR',
    });
    expect(match.headers).toMatchObject({
      number: 'doc_id',
      buyer_name: 'Kunde',
      amount: 'InvoiceAmount',
    });
    expect(match.missing).toEqual([
      'Invoice date (a column such as "invoice_date" or "invoicedate")',
      'Due date: a due date or a payment terms (days) column',
    ]);
  });
});
