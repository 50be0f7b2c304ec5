/** The kinds of file an exporter sends us, and the fields each can carry. */
export const IMPORT_KINDS = ['buyers', 'purchase_orders', 'invoices', 'payments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type FieldType =
  | 'identifier' // kept as text: leading zeros survive, a float-ish "1234.0" loses its ".0"
  | 'text'
  | 'date'
  | 'amount'
  | 'currency'
  | 'country'
  | 'boolean'
  | 'days'
  | 'method';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** Header names that mean this field, written as matchColumns compares them. */
  synonyms: string[];
}

const field = (
  name: string,
  label: string,
  type: FieldType,
  synonyms: string[],
  required = false,
): FieldSpec => ({ name, label, type, synonyms, required });

// Who the row is about, in files that refer to a buyer: any one of the first three will do.
const buyerReference = [
  field('buyer_account', 'Customer number', 'identifier', [
    'customerid',
    'customernumber',
    'customerno',
    'custnumber',
    'custno',
    'custid',
    'customeraccount',
    'customercode',
    'accountnumber',
    'account',
    'buyercode',
    'buyerid',
    'buyeraccount',
    'codicecliente',
    'codcliente',
    'soldto',
  ]),
  field('buyer_name', 'Customer name', 'text', [
    'customername',
    'namecustomer',
    'customer',
    'buyer',
    'buyername',
    'client',
    'clientname',
    'cliente',
    'ragionesociale',
    'debtor',
    'debtorname',
  ]),
  field('buyer_tax_id', 'Customer tax id', 'identifier', [
    'taxid',
    'customertaxid',
    'vat',
    'vatnumber',
    'vatno',
    'ein',
    'taxnumber',
    'partitaiva',
    'piva',
    'businessnumber',
  ]),
  field('buyer_country', 'Customer country', 'country', [
    'country',
    'buyercountry',
    'customercountry',
    'paese',
    'nazione',
  ]),
];
export const BUYER_REFERENCE = ['buyer_account', 'buyer_name', 'buyer_tax_id'];

const currency = field('currency', 'Currency', 'currency', [
  'currency',
  'invoicecurrency',
  'curr',
  'ccy',
  'currencycode',
  'valuta',
  'divisa',
]);
const notes = field('notes', 'Notes', 'text', [
  'notes',
  'note',
  'comments',
  'comment',
  'remarks',
  'memo',
]);

export const FIELDS: Record<ImportKind, FieldSpec[]> = {
  buyers: [
    field(
      'name',
      'Name',
      'text',
      [
        'name',
        'buyername',
        'customername',
        'customer',
        'companyname',
        'company',
        'legalname',
        'ragionesociale',
        'cliente',
      ],
      true,
    ),
    field('account_number', 'Customer number', 'identifier', buyerReference[0].synonyms),
    field('tax_id', 'Tax id', 'identifier', buyerReference[2].synonyms),
    field('country', 'Country', 'country', buyerReference[3].synonyms),
    field('address', 'Address', 'text', ['address', 'street', 'address1', 'indirizzo']),
    field('city', 'City', 'text', ['city', 'town', 'citta']),
    field('region', 'State or province', 'text', ['region', 'state', 'province', 'provincia']),
    field('postal_code', 'Postal code', 'identifier', [
      'postalcode',
      'zip',
      'zipcode',
      'postcode',
      'cap',
    ]),
    field('email', 'E-mail', 'text', ['email', 'emailaddress', 'mail']),
    field('phone', 'Phone', 'text', ['phone', 'telephone', 'phonenumber', 'tel', 'telefono']),
    field('contact_name', 'Contact', 'text', ['contactname', 'contact', 'referente']),
    notes,
  ],
  purchase_orders: [
    field(
      'number',
      'PO number',
      'identifier',
      [
        'ponumber',
        'pono',
        'purchaseordernumber',
        'purchaseorder',
        'po',
        'ordernumber',
        'orderno',
        'order',
        'number',
        'numeroordine',
        'ordine',
      ],
      true,
    ),
    ...buyerReference,
    field('order_date', 'Order date', 'date', ['orderdate', 'podate', 'dataordine']),
    field(
      'received_date',
      'Received date',
      'date',
      ['receiveddate', 'datereceived', 'received', 'dataricevimento'],
      true,
    ),
    field(
      'amount',
      'Amount',
      'amount',
      [
        'amount',
        'poamount',
        'orderamount',
        'ordervalue',
        'value',
        'total',
        'totalamount',
        'importo',
        'totale',
      ],
      true,
    ),
    currency,
    field('season', 'Season', 'text', ['season', 'stagione']),
    notes,
  ],
  invoices: [
    field(
      'number',
      'Invoice number',
      'identifier',
      [
        'invoicenumber',
        'invoiceno',
        'invoicenum',
        'invoice',
        'invoiceid',
        'docid',
        'documentnumber',
        'documentno',
        'docnumber',
        'docno',
        'billnumber',
        'number',
        'numerofattura',
        'nfattura',
        'numfattura',
      ],
      true,
    ),
    ...buyerReference,
    field(
      'invoice_date',
      'Invoice date',
      'date',
      [
        'invoicedate',
        'documentcreatedate',
        'documentdate',
        'docdate',
        'billingdate',
        'issuedate',
        'date',
        'datafattura',
        'data',
      ],
      true,
    ),
    field('due_date', 'Due date', 'date', [
      'duedate',
      'dueindate',
      'netduedate',
      'paymentduedate',
      'due',
      'scadenza',
      'datascadenza',
    ]),
    field('terms_days', 'Terms (days)', 'days', [
      'termsdays',
      'terms',
      'paymentterms',
      'netdays',
      'creditdays',
      'giorni',
    ]),
    field(
      'amount',
      'Amount',
      'amount',
      [
        'amount',
        'invoiceamount',
        'totalopenamount',
        'openamount',
        'amountdue',
        'total',
        'totalamount',
        'invoicetotal',
        'grossamount',
        'value',
        'importo',
        'importofattura',
        'totale',
      ],
      true,
    ),
    currency,
    field('po_reference', 'PO reference', 'identifier', [
      'poreference',
      'ponumber',
      'pono',
      'po',
      'purchaseorder',
      'customerpo',
      'ordernumber',
      'riferimentoordine',
    ]),
    field('disputed', 'Disputed', 'boolean', [
      'disputed',
      'dispute',
      'indispute',
      'disputeflag',
      'contestata',
      'contestato',
      'contestazione',
    ]),
    field('settled_date', 'Settled date', 'date', [
      'settleddate',
      'settlementdate',
      'paiddate',
      'datepaid',
      'cleardate',
      'cleareddate',
      'datapagamento',
      'datasaldo',
    ]),
    notes,
  ],
  payments: [
    ...buyerReference,
    field(
      'received_date',
      'Received date',
      'date',
      ['receiveddate', 'datereceived', 'paymentdate', 'valuedate', 'date', 'datapagamento', 'data'],
      true,
    ),
    field(
      'amount',
      'Amount',
      'amount',
      ['amount', 'paymentamount', 'amountpaid', 'paidamount', 'total', 'importo'],
      true,
    ),
    currency,
    field('method', 'Method', 'method', [
      'method',
      'paymentmethod',
      'paymenttype',
      'paidby',
      'modalita',
      'mezzodipagamento',
    ]),
    field('reference', 'Reference', 'identifier', [
      'reference',
      'paymentreference',
      'ref',
      'paymentid',
      'paymentnumber',
      'transactionid',
      'riferimento',
    ]),
    field('payer_name', 'Payer', 'text', ['payername', 'payer', 'remitter', 'ordinante']),
    field('check_number', 'Check number', 'identifier', [
      'checknumber',
      'checkno',
      'chequenumber',
      'chequeno',
      'numeroassegno',
    ]),
    field('check_date', 'Check date', 'date', ['checkdate', 'chequedate', 'dataassegno']),
    field('invoice_number', 'Invoice number', 'identifier', [
      'invoicenumber',
      'invoiceno',
      'invoice',
      'invoiceid',
      'appliedto',
      'numerofattura',
    ]),
    notes,
  ],
};

export const isImportKind = (value: unknown): value is ImportKind =>
  IMPORT_KINDS.includes(value as ImportKind);
