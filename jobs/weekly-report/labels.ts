/** Sheet names, headers and words of the weekly report, in the exporter's language. */
export const LABELS = {
  en: {
    sheets: {
      summary: 'Summary', issued: 'Invoices issued', collections: 'Collections',
      deposits: 'Deposits', open: 'Open invoices', deductions: 'Deductions',
      postDated: 'Post-dated checks', limits: 'Credit limits', claims: 'Claims',
    },
    title: 'Weekly report', week: 'Week', exporter: 'Exporter', total: 'Total',
    currency: 'Currency', issuedCount: 'Invoices issued', issuedAmount: 'Amount issued',
    collected: 'Collections', openReceivables: 'Open receivables', overdue: 'Overdue',
    dso: 'DSO (days, last 90 days)', buyer: 'Customer', number: 'Invoice',
    invoiceDate: 'Invoice date', dueDate: 'Due date', amount: 'Amount', openBalance: 'Open balance',
    disputed: 'Disputed', daysPastDue: 'Days past due', bucket: 'Aging', insured: 'Insured',
    mepExpiry: 'MEP expiry', noticeDue: 'Overdue notice due', claimDue: 'Claim due',
    received: 'Received', method: 'Method', reference: 'Reference', applied: 'Applied',
    unapplied: 'Unapplied', appliedTo: 'Applied to', depositDate: 'Deposit date',
    bankAccount: 'Bank account', checks: 'Checks', reason: 'Reason', status: 'Status',
    opened: 'Opened', checkNumber: 'Check number', checkDate: 'Check date', limit: 'Limit in force',
    exposure: 'Open insured', room: 'Available', decision: 'Decision', effective: 'Effective',
    expiry: 'Expiry', claimedAmount: 'Claimed', expectedPayout: 'Expected payout',
    filedDate: 'Filed', yes: 'Yes', no: 'No',
    buckets: {
      not_due: 'Not due', d1_30: '1-30', d31_60: '31-60', d61_90: '61-90', d91_120: '91-120',
      over_120: 'Over 120',
    },
  },
  it: {
    sheets: {
      summary: 'Riepilogo', issued: 'Fatture emesse', collections: 'Incassi',
      deposits: 'Versamenti', open: 'Fatture aperte', deductions: 'Detrazioni',
      postDated: 'Assegni post-datati', limits: 'Fidi assicurati', claims: 'Sinistri',
    },
    title: 'Relazione settimanale', week: 'Settimana', exporter: 'Società', total: 'Totale',
    currency: 'Valuta', issuedCount: 'Fatture emesse', issuedAmount: 'Importo emesso',
    collected: 'Incassi', openReceivables: 'Crediti aperti', overdue: 'Scaduto',
    dso: 'DSO (giorni, ultimi 90 giorni)', buyer: 'Cliente', number: 'Fattura',
    invoiceDate: 'Data fattura', dueDate: 'Data di scadenza', amount: 'Importo',
    openBalance: 'Saldo aperto', disputed: 'Contestato', daysPastDue: 'Giorni di ritardo',
    bucket: 'Anzianità', insured: 'Assicurata', mepExpiry: 'Scadenza MEP',
    noticeDue: 'Termine avviso di mancato pagamento', claimDue: 'Termine denuncia sinistro',
    received: 'Ricevuto', method: 'Modalità', reference: 'Riferimento', applied: 'Applicato',
    unapplied: 'Non applicato', appliedTo: 'Applicato a', depositDate: 'Data versamento',
    bankAccount: 'Conto bancario', checks: 'Assegni', reason: 'Causale', status: 'Stato',
    opened: 'Aperta', checkNumber: 'Numero assegno', checkDate: 'Data assegno',
    limit: 'Fido in vigore', exposure: 'Esposizione assicurata', room: 'Disponibile',
    decision: 'Decisione', effective: 'In vigore dal', expiry: 'Scadenza',
    claimedAmount: 'Importo richiesto', expectedPayout: 'Indennizzo atteso',
    filedDate: 'Denunciato il', yes: 'Sì', no: 'No',
    buckets: {
      not_due: 'Non scaduto', d1_30: '1-30', d31_60: '31-60', d61_90: '61-90',
      d91_120: '91-120', over_120: 'Oltre 120',
    },
  },
} as const;

export type Language = keyof typeof LABELS;
export type Labels = (typeof LABELS)[Language];
