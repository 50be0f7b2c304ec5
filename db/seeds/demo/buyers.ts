import { DemoContext } from './context';
import { parseTable } from './table';

// Thirty buyers: head offices of shoe retailers, food importers and café groups across the
// USA and Canada. Tax ids are US EINs and Canadian business numbers; mail goes to the
// reserved .example domain, and phone numbers are in the 555-01xx range kept for fiction.

const IDENTITIES = parseTable(`
# key       | legal name                                | tax id          | lang | contact
hudson      | Hudson & Pine Footwear, Inc.              | 13-4829157      | en   | Rachel Kaplan
lakeshore   | Lakeshore Shoe Company                    | 36-2917408      | en   | Tom Brandt
baybridge   | Bay Bridge Boutiques LLC                  | 94-3381620      | en   | Angela Wu
peachtree   | Peachtree Footwear Group, Inc.            | 58-1946233      | en   | Marcus Ellison
lonestar    | Lone Star Boot & Shoe LLC                 | 75-2840916      | en   | Dale Whitfield
cobblestone | Cobblestone Shoes of Boston, Inc.         | 04-3318275      | en   | Maureen Doyle
emerald     | Emerald City Outfitters Inc.              | 91-1763048      | en   | Kevin Larsen
biscayne    | Biscayne Style Group LLC                  | 65-1208734      | en   | Lucía Herrera
gotham      | Gotham Gourmet Distributors, Inc.         | 13-3702591      | en   | Anthony Russo
sorrento    | Little Sorrento Imports LLC               | 22-2469815      | it   | Vincenzo Esposito
harvest     | Harvest Table Markets, Inc.               | 23-2087364      | en   | Karen Mueller
pacifica    | Pacifica Fine Foods Co.                   | 95-4417290      | en   | Daniel Ortega
prairie     | Prairie Pantry Specialty Foods LLC        | 41-1850437      | en   | Erik Johansson
gulfcoast   | Gulf Coast Provisions Inc.                | 76-0529183      | en   | Brenda Thibodeaux
milehigh    | Mile High Mercantile LLC                  | 84-1672905      | en   | Jordan Reyes
savoy       | Savoy Gourmet Markets, Inc.               | 36-4150762      | en   | Patricia Novak
copper      | Copper Kettle Café Supply LLC             | 93-1284576      | en   | Hannah Fischer
musicrow    | Music Row Café Group LLC                  | 62-1739048      | en   | Travis Cole
queencity   | Queen City Coffee Houses Inc.             | 56-2281936      | en   | Monica Grant
desert      | Desert Bloom Grocers Inc.                 | 86-0937615      | en   | Ray Castillo
buckeye     | Buckeye Hospitality Supply LLC            | 31-1548297      | en   | Greg Hollister
maple       | Maple Leaf Footwear Ltd.                  | 812345672RC0001 | en   | Priya Sharma
montroyal   | Chaussures Mont-Royal inc.                | 143862095RC0001 | fr   | Julie Tremblay
westcoast   | West Coast Fine Foods Ltd.                | 870153426RC0001 | en   | Gordon Chan
stlaurent   | Épicerie fine Saint-Laurent inc.          | 127448391RC0001 | fr   | François Gagnon
rockies     | Rocky Mountain Provisions Inc.            | 835290164RC0001 | en   | Heather MacLeod
capitale    | Cafés de la Capitale inc.                 | 104937258RC0001 | fr   | Mathieu Bouchard
rideau      | Rideau Hospitality Group Inc.             | 879615342RC0001 | en   | Colin O'Brien
forks       | The Forks Specialty Grocers Ltd.          | 861204937RC0001 | en   | Sandra Kowalski
corsoitalia | Corso Italia Importers Ltd.               | 808371526RC0001 | it   | Luca Di Pietro
`);

const ADDRESSES = parseTable(`
# key       | street                        | city            | region | postal  | phone
hudson      | 245 West 38th Street          | New York        | NY     | 10018   | (212) 555-0142
lakeshore   | 610 North Wells Street        | Chicago         | IL     | 60654   | (312) 555-0117
baybridge   | 288 Post Street               | San Francisco   | CA     | 94108   | (415) 555-0163
peachtree   | 3400 Peachtree Road NE        | Atlanta         | GA     | 30326   | (404) 555-0188
lonestar    | 1900 Elm Street               | Dallas          | TX     | 75201   | (214) 555-0135
cobblestone | 118 Newbury Street            | Boston          | MA     | 02116   | (617) 555-0121
emerald     | 1520 4th Avenue               | Seattle         | WA     | 98101   | (206) 555-0194
biscayne    | 3930 NE 2nd Avenue            | Miami           | FL     | 33137   | (305) 555-0156
gotham      | 600 Food Center Drive         | Bronx           | NY     | 10474   | (718) 555-0109
sorrento    | 77 Ferry Street               | Newark          | NJ     | 07105   | (973) 555-0172
harvest     | 1001 North 2nd Street         | Philadelphia    | PA     | 19123   | (215) 555-0148
pacifica    | 1350 South Alameda Street     | Los Angeles     | CA     | 90021   | (213) 555-0131
prairie     | 212 North 1st Street          | Minneapolis     | MN     | 55401   | (612) 555-0166
gulfcoast   | 4200 Washington Avenue        | Houston         | TX     | 77007   | (713) 555-0185
milehigh    | 3350 Brighton Boulevard       | Denver          | CO     | 80216   | (303) 555-0127
savoy       | 1550 North Wells Street       | Chicago         | IL     | 60610   | (312) 555-0199
copper      | 1420 NW Lovejoy Street        | Portland        | OR     | 97209   | (503) 555-0114
musicrow    | 1610 Division Street          | Nashville       | TN     | 37203   | (615) 555-0152
queencity   | 400 South Tryon Street        | Charlotte       | NC     | 28202   | (704) 555-0176
desert      | 2 North Central Avenue        | Phoenix         | AZ     | 85004   | (602) 555-0139
buckeye     | 175 South 3rd Street          | Columbus        | OH     | 43215   | (614) 555-0161
maple       | 455 King Street West          | Toronto         | ON     | M5V 1K4 | (416) 555-0178
montroyal   | 4210 boulevard Saint-Laurent  | Montréal        | QC     | H2W 1Z3 | (514) 555-0143
westcoast   | 1090 Venables Street          | Vancouver       | BC     | V6A 1N5 | (604) 555-0129
stlaurent   | 3895 boulevard Saint-Laurent  | Montréal        | QC     | H2W 1X9 | (514) 555-0190
rockies     | 1111 11th Avenue SW           | Calgary         | AB     | T2R 0G5 | (403) 555-0158
capitale    | 825 boulevard Lebourgneuf     | Québec          | QC     | G2J 0B9 | (418) 555-0124
rideau      | 50 Rideau Street              | Ottawa          | ON     | K1N 9J7 | (613) 555-0183
forks       | 1 Forks Market Road           | Winnipeg        | MB     | R3C 4L8 | (204) 555-0137
corsoitalia | 1240 St Clair Avenue West     | Toronto         | ON     | M6E 1B7 | (416) 555-0111
`);

const CANADIAN_PROVINCES = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK']);

/** ap@ the buyer's name squeezed into a domain, e.g. ap@hudsonpinefootwear.example */
function payablesEmail(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(inc|llc|ltd|co|corp|the|of)\b/g, '')
    .replace(/[^a-z0-9]/g, '');
  return `ap@${words}.example`;
}

export function buyerRows() {
  return IDENTITIES.map(([key, name, taxId, language, contactName]) => {
    const address = ADDRESSES.find(([addressKey]) => addressKey === key);
    if (!address) throw new Error(`Demo buyer '${key}' has no address`);
    const [, street, city, region, postalCode, phone] = address;
    return {
      key,
      row: {
        name,
        country: CANADIAN_PROVINCES.has(region) ? 'CA' : 'US',
        tax_id: taxId,
        address: street,
        city,
        region,
        postal_code: postalCode,
        language,
        email: payablesEmail(name),
        phone,
        contact_name: contactName,
      },
    };
  });
}

export async function seedBuyers(ctx: DemoContext): Promise<void> {
  const buyers = buyerRows();
  const rows = await ctx
    .trx('buyers')
    .insert(buyers.map(({ row }) => row))
    .returning(['id', 'tax_id']);
  for (const { key, row } of buyers) {
    ctx.buyers.set(key, rows.find((inserted) => inserted.tax_id === row.tax_id).id);
  }
}
