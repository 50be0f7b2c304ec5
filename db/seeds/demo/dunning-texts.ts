// The default reminder texts, one subject and body per level and language. Placeholders
// in double braces are filled in when a reminder is written.
export const DUNNING_TEXTS: Record<number, Record<'en' | 'it' | 'fr', [string, string]>> = {
  1: {
    en: [
      'Invoices falling due soon – {{exporter_name}}',
      `Dear {{buyer_name}},

as a courtesy, the invoices below from {{exporter_name}} fall due in the coming days:

{{invoices}}

Total: {{total_open}}

If payment is already on its way, thank you.`,
    ],
    it: [
      'Fatture in scadenza – {{exporter_name}}',
      `Spettabile {{buyer_name}},

Vi ricordiamo che le fatture di {{exporter_name}} qui sotto scadono nei prossimi giorni:

{{invoices}}

Totale: {{total_open}}

Se il pagamento è già stato disposto, Vi ringraziamo.`,
    ],
    fr: [
      'Factures à échéance prochaine – {{exporter_name}}',
      `Madame, Monsieur,

Nous vous rappelons que les factures de {{exporter_name}} ci-dessous arrivent à échéance
dans les prochains jours :

{{invoices}}

Total : {{total_open}}

Si le paiement est déjà en route, nous vous en remercions.`,
    ],
  },
  2: {
    en: [
      'Payment reminder – {{exporter_name}}',
      `Dear {{buyer_name}},

our records show the following invoices from {{exporter_name}} as past due:

{{invoices}}

Total open: {{total_open}}

Please arrange payment or let us know if anything is holding it up.`,
    ],
    it: [
      'Sollecito di pagamento – {{exporter_name}}',
      `Spettabile {{buyer_name}},

risultano scadute le seguenti fatture di {{exporter_name}}:

{{invoices}}

Totale aperto: {{total_open}}

Vi preghiamo di provvedere al pagamento o di segnalarci eventuali contestazioni.`,
    ],
    fr: [
      'Rappel de paiement – {{exporter_name}}',
      `Madame, Monsieur,

selon nos dossiers, les factures de {{exporter_name}} ci-dessous sont échues :

{{invoices}}

Solde dû : {{total_open}}

Merci de procéder au paiement ou de nous signaler tout problème.`,
    ],
  },
  3: {
    en: [
      'Second reminder: invoices 15 days past due – {{exporter_name}}',
      `Dear {{buyer_name}},

the invoices below are now more than two weeks past due and remain unpaid:

{{invoices}}

Total open: {{total_open}}

Please send payment within seven days or call us to agree a date.`,
    ],
    it: [
      'Secondo sollecito: fatture scadute da 15 giorni – {{exporter_name}}',
      `Spettabile {{buyer_name}},

le fatture qui sotto sono scadute da oltre due settimane e risultano ancora aperte:

{{invoices}}

Totale aperto: {{total_open}}

Vi chiediamo di saldarle entro sette giorni o di contattarci per concordare una data.`,
    ],
    fr: [
      'Deuxième rappel : factures échues depuis 15 jours – {{exporter_name}}',
      `Madame, Monsieur,

les factures ci-dessous sont échues depuis plus de deux semaines et restent impayées :

{{invoices}}

Solde dû : {{total_open}}

Merci de régler sous sept jours ou de nous appeler pour convenir d’une date.`,
    ],
  },
  4: {
    en: [
      'Final notice before further action – {{exporter_name}}',
      `Dear {{buyer_name}},

despite our reminders, the invoices below are 30 days past due:

{{invoices}}

Total open: {{total_open}}

Unless we receive payment within ten days we will have to take the steps
our mandate from {{exporter_name}} provides for.`,
    ],
    it: [
      'Ultimo avviso prima di ulteriori azioni – {{exporter_name}}',
      `Spettabile {{buyer_name}},

nonostante i nostri solleciti, le fatture qui sotto sono scadute da 30 giorni:

{{invoices}}

Totale aperto: {{total_open}}

In mancanza di pagamento entro dieci giorni procederemo come previsto
dal mandato di {{exporter_name}}.`,
    ],
    fr: [
      'Dernier avis avant recours – {{exporter_name}}',
      `Madame, Monsieur,

malgré nos rappels, les factures ci-dessous sont échues depuis 30 jours :

{{invoices}}

Solde dû : {{total_open}}

À défaut de paiement sous dix jours, nous prendrons les mesures prévues
par le mandat de {{exporter_name}}.`,
    ],
  },
};
