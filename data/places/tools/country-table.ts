// One-off input for gen-countries.ts: ISO 3166-1 alpha-2 codes (plus XK, Kosovo, as used by CLDR),
// UN M49 sub-region, file (continent), status, and the English name used for ids and display.
// status: 's' sovereign state; 'p' partially recognised / disputed; or the ISO code of the state
// the territory belongs to / is associated with.
export type Row = [code: string, subregion: string, file: string, status: string, en?: string, wikipedia?: string];

const A = 'asia', E = 'europe', F = 'africa', M = 'americas', O = 'oceania';
export const ROWS: Row[] = [
  // Central Asia
  ['KZ', 'Central Asia', A, 's'], ['KG', 'Central Asia', A, 's'], ['TJ', 'Central Asia', A, 's'],
  ['TM', 'Central Asia', A, 's'], ['UZ', 'Central Asia', A, 's'],
  // Southern Asia
  ['AF', 'South Asia', A, 's'], ['BD', 'South Asia', A, 's'], ['BT', 'South Asia', A, 's'], ['IN', 'South Asia', A, 's'],
  ['IR', 'South Asia', A, 's'], ['LK', 'South Asia', A, 's'], ['MV', 'South Asia', A, 's'], ['NP', 'South Asia', A, 's'],
  ['PK', 'South Asia', A, 's'],
  // Eastern Asia
  ['CN', 'East Asia', A, 's', 'China', 'China'], ['HK', 'East Asia', A, 'CN', 'Hong Kong'], ['MO', 'East Asia', A, 'CN', 'Macau'],
  ['JP', 'East Asia', A, 's'], ['KP', 'East Asia', A, 's', 'North Korea'], ['KR', 'East Asia', A, 's', 'South Korea'],
  ['MN', 'East Asia', A, 's'], ['TW', 'East Asia', A, 'p', 'Taiwan'],
  // South-eastern Asia
  ['BN', 'Southeast Asia', A, 's', 'Brunei'], ['KH', 'Southeast Asia', A, 's'], ['ID', 'Southeast Asia', A, 's'],
  ['LA', 'Southeast Asia', A, 's', 'Laos'], ['MY', 'Southeast Asia', A, 's'], ['MM', 'Southeast Asia', A, 's', 'Myanmar'],
  ['PH', 'Southeast Asia', A, 's'], ['SG', 'Southeast Asia', A, 's'], ['TH', 'Southeast Asia', A, 's'],
  ['TL', 'Southeast Asia', A, 's', 'East Timor'], ['VN', 'Southeast Asia', A, 's', 'Vietnam'],
  // Western Asia
  ['AE', 'Western Asia', A, 's'], ['AM', 'South Caucasus', A, 's'], ['AZ', 'South Caucasus', A, 's'], ['BH', 'Western Asia', A, 's'],
  ['CY', 'Western Asia', E, 's'], ['GE', 'South Caucasus', A, 's', 'Georgia', 'Georgia (country)'], ['IL', 'Western Asia', A, 's'],
  ['IQ', 'Western Asia', A, 's'], ['JO', 'Western Asia', A, 's'], ['KW', 'Western Asia', A, 's'], ['LB', 'Western Asia', A, 's'],
  ['OM', 'Western Asia', A, 's'], ['PS', 'Western Asia', A, 'p', 'Palestine', 'State of Palestine'], ['QA', 'Western Asia', A, 's'],
  ['SA', 'Western Asia', A, 's'], ['SY', 'Western Asia', A, 's', 'Syria'], ['TR', 'Western Asia', A, 's', 'Turkey', 'Turkey'],
  ['YE', 'Western Asia', A, 's'],
  // Eastern Europe
  ['BG', 'Eastern Europe', E, 's'], ['BY', 'Eastern Europe', E, 's'], ['CZ', 'Central Europe', E, 's', 'Czech Republic'],
  ['HU', 'Central Europe', E, 's'], ['MD', 'Eastern Europe', E, 's', 'Moldova'], ['PL', 'Central Europe', E, 's'],
  ['RO', 'Eastern Europe', E, 's'], ['RU', 'Eastern Europe and North Asia', E, 's', 'Russia'], ['SK', 'Central Europe', E, 's'],
  ['UA', 'Eastern Europe', E, 's'],
  // Northern Europe
  ['AX', 'Northern Europe', E, 'FI', 'Åland'], ['DK', 'Northern Europe', E, 's'], ['EE', 'Northern Europe', E, 's'],
  ['FI', 'Northern Europe', E, 's'], ['FO', 'Northern Europe', E, 'DK'], ['GB', 'Northern Europe', E, 's', 'United Kingdom'],
  ['GG', 'Northern Europe', E, 'GB'], ['IE', 'Northern Europe', E, 's', 'Ireland', 'Republic of Ireland'], ['IM', 'Northern Europe', E, 'GB'],
  ['IS', 'Northern Europe', E, 's'], ['JE', 'Northern Europe', E, 'GB'], ['LT', 'Northern Europe', E, 's'], ['LV', 'Northern Europe', E, 's'],
  ['NO', 'Northern Europe', E, 's'], ['SE', 'Northern Europe', E, 's'], ['SJ', 'Northern Europe', E, 'NO', 'Svalbard and Jan Mayen'],
  // Southern Europe
  ['AD', 'Southern Europe', E, 's'], ['AL', 'Southern Europe', E, 's'], ['BA', 'Southern Europe', E, 's', 'Bosnia and Herzegovina'],
  ['ES', 'Southern Europe', E, 's'], ['GI', 'Southern Europe', E, 'GB'], ['GR', 'Southern Europe', E, 's'], ['HR', 'Southern Europe', E, 's'],
  ['IT', 'Southern Europe', E, 's'], ['ME', 'Southern Europe', E, 's'], ['MK', 'Southern Europe', E, 's'], ['MT', 'Southern Europe', E, 's'],
  ['PT', 'Southern Europe', E, 's'], ['RS', 'Southern Europe', E, 's'], ['SI', 'Southern Europe', E, 's'], ['SM', 'Southern Europe', E, 's'],
  ['VA', 'Southern Europe', E, 's', 'Vatican City'], ['XK', 'Southern Europe', E, 'p', 'Kosovo'],
  // Western Europe
  ['AT', 'Central Europe', E, 's'], ['BE', 'Western Europe', E, 's'], ['CH', 'Western Europe', E, 's'], ['DE', 'Central Europe', E, 's'],
  ['FR', 'Western Europe', E, 's'], ['LI', 'Western Europe', E, 's'], ['LU', 'Western Europe', E, 's'], ['MC', 'Western Europe', E, 's'],
  ['NL', 'Western Europe', E, 's', 'Netherlands'],
  // Northern Africa
  ['DZ', 'North Africa', F, 's'], ['EG', 'North Africa', F, 's'], ['LY', 'North Africa', F, 's'], ['MA', 'North Africa', F, 's'],
  ['SD', 'North Africa', F, 's'], ['TN', 'North Africa', F, 's'], ['EH', 'North Africa', F, 'p', 'Western Sahara'],
  // Eastern Africa
  ['BI', 'East Africa', F, 's'], ['KM', 'East Africa', F, 's'], ['DJ', 'East Africa', F, 's'], ['ER', 'East Africa', F, 's'],
  ['ET', 'East Africa', F, 's'], ['KE', 'East Africa', F, 's'], ['MG', 'East Africa', F, 's'], ['MW', 'East Africa', F, 's'],
  ['MU', 'East Africa', F, 's'], ['YT', 'East Africa', F, 'FR'], ['MZ', 'East Africa', F, 's'], ['RE', 'East Africa', F, 'FR', 'Réunion'],
  ['RW', 'East Africa', F, 's'], ['SC', 'East Africa', F, 's'], ['SO', 'East Africa', F, 's'], ['SS', 'East Africa', F, 's'],
  ['TZ', 'East Africa', F, 's', 'Tanzania'], ['UG', 'East Africa', F, 's'], ['ZM', 'East Africa', F, 's'], ['ZW', 'East Africa', F, 's'],
  ['IO', 'Indian Ocean', F, 'GB', 'British Indian Ocean Territory'], ['TF', 'Indian Ocean', F, 'FR', 'French Southern and Antarctic Lands'],
  // Middle Africa
  ['AO', 'Central Africa', F, 's'], ['CM', 'Central Africa', F, 's'], ['CF', 'Central Africa', F, 's'], ['TD', 'Central Africa', F, 's'],
  ['CG', 'Central Africa', F, 's', 'Republic of the Congo'], ['CD', 'Central Africa', F, 's', 'Democratic Republic of the Congo'],
  ['GQ', 'Central Africa', F, 's'], ['GA', 'Central Africa', F, 's'], ['ST', 'Central Africa', F, 's', 'São Tomé and Príncipe'],
  // Southern Africa
  ['BW', 'Southern Africa', F, 's'], ['LS', 'Southern Africa', F, 's'], ['NA', 'Southern Africa', F, 's'], ['ZA', 'Southern Africa', F, 's'],
  ['SZ', 'Southern Africa', F, 's', 'Eswatini'],
  // Western Africa
  ['BJ', 'West Africa', F, 's'], ['BF', 'West Africa', F, 's'], ['CV', 'West Africa', F, 's', 'Cape Verde'], ['CI', 'West Africa', F, 's', 'Ivory Coast'],
  ['GM', 'West Africa', F, 's', 'Gambia', 'The Gambia'], ['GH', 'West Africa', F, 's'], ['GN', 'West Africa', F, 's'], ['GW', 'West Africa', F, 's'],
  ['LR', 'West Africa', F, 's'], ['ML', 'West Africa', F, 's'], ['MR', 'West Africa', F, 's'], ['NE', 'West Africa', F, 's'],
  ['NG', 'West Africa', F, 's'], ['SH', 'South Atlantic', F, 'GB', 'Saint Helena, Ascension and Tristan da Cunha'], ['SN', 'West Africa', F, 's'],
  ['SL', 'West Africa', F, 's'], ['TG', 'West Africa', F, 's'],
  // Caribbean
  ['AI', 'Caribbean', M, 'GB'], ['AG', 'Caribbean', M, 's', 'Antigua and Barbuda'], ['AW', 'Caribbean', M, 'NL'], ['BS', 'Caribbean', M, 's', 'Bahamas', 'The Bahamas'],
  ['BB', 'Caribbean', M, 's'], ['BQ', 'Caribbean', M, 'NL', 'Caribbean Netherlands'], ['VG', 'Caribbean', M, 'GB', 'British Virgin Islands'],
  ['KY', 'Caribbean', M, 'GB'], ['CU', 'Caribbean', M, 's'], ['CW', 'Caribbean', M, 'NL', 'Curaçao'], ['DM', 'Caribbean', M, 's'],
  ['DO', 'Caribbean', M, 's'], ['GD', 'Caribbean', M, 's'], ['GP', 'Caribbean', M, 'FR'], ['HT', 'Caribbean', M, 's'], ['JM', 'Caribbean', M, 's'],
  ['MQ', 'Caribbean', M, 'FR'], ['MS', 'Caribbean', M, 'GB'], ['PR', 'Caribbean', M, 'US'], ['BL', 'Caribbean', M, 'FR', 'Saint Barthélemy'],
  ['KN', 'Caribbean', M, 's', 'Saint Kitts and Nevis'], ['LC', 'Caribbean', M, 's', 'Saint Lucia'], ['MF', 'Caribbean', M, 'FR', 'Saint Martin', 'Collectivity of Saint Martin'],
  ['VC', 'Caribbean', M, 's', 'Saint Vincent and the Grenadines'], ['SX', 'Caribbean', M, 'NL'], ['TT', 'Caribbean', M, 's', 'Trinidad and Tobago'],
  ['TC', 'Caribbean', M, 'GB', 'Turks and Caicos Islands'], ['VI', 'Caribbean', M, 'US', 'United States Virgin Islands'],
  // Central America
  ['BZ', 'Central America', M, 's'], ['CR', 'Central America', M, 's'], ['SV', 'Central America', M, 's'], ['GT', 'Central America', M, 's'],
  ['HN', 'Central America', M, 's'], ['MX', 'North America', M, 's'], ['NI', 'Central America', M, 's'], ['PA', 'Central America', M, 's'],
  // South America
  ['AR', 'South America', M, 's'], ['BO', 'South America', M, 's', 'Bolivia'], ['BV', 'South Atlantic', M, 'NO'], ['BR', 'South America', M, 's'],
  ['CL', 'South America', M, 's'], ['CO', 'South America', M, 's'], ['EC', 'South America', M, 's'], ['FK', 'South America', M, 'GB', 'Falkland Islands'],
  ['GF', 'South America', M, 'FR'], ['GY', 'South America', M, 's'], ['PY', 'South America', M, 's'], ['PE', 'South America', M, 's'],
  ['GS', 'South Atlantic', M, 'GB', 'South Georgia and the South Sandwich Islands'], ['SR', 'South America', M, 's'], ['UY', 'South America', M, 's'],
  ['VE', 'South America', M, 's', 'Venezuela'],
  // Northern America
  ['BM', 'North America', M, 'GB'], ['CA', 'North America', M, 's'], ['GL', 'North America', M, 'DK'],
  ['PM', 'North America', M, 'FR', 'Saint Pierre and Miquelon'], ['US', 'North America', M, 's', 'United States', 'United States'],
  // Oceania
  ['AU', 'Oceania', O, 's'], ['NZ', 'Oceania', O, 's'], ['NF', 'Oceania', O, 'AU'], ['HM', 'Southern Ocean', O, 'AU', 'Heard Island and McDonald Islands'],
  ['CX', 'Indian Ocean', O, 'AU'], ['CC', 'Indian Ocean', O, 'AU', 'Cocos (Keeling) Islands'],
  ['FJ', 'Melanesia', O, 's'], ['NC', 'Melanesia', O, 'FR'], ['PG', 'Melanesia', O, 's'], ['SB', 'Melanesia', O, 's'], ['VU', 'Melanesia', O, 's'],
  ['GU', 'Micronesia', O, 'US'], ['KI', 'Micronesia', O, 's'], ['MH', 'Micronesia', O, 's'],
  ['FM', 'Micronesia', O, 's', 'Micronesia', 'Federated States of Micronesia'], ['MP', 'Micronesia', O, 'US'], ['NR', 'Micronesia', O, 's'],
  ['PW', 'Micronesia', O, 's'], ['UM', 'Pacific Ocean', O, 'US', 'United States Minor Outlying Islands'],
  ['AS', 'Polynesia', O, 'US'], ['CK', 'Polynesia', O, 'NZ'], ['NU', 'Polynesia', O, 'NZ'], ['PN', 'Polynesia', O, 'GB', 'Pitcairn Islands'],
  ['WS', 'Polynesia', O, 's'], ['TK', 'Polynesia', O, 'NZ'], ['TO', 'Polynesia', O, 's'], ['TV', 'Polynesia', O, 's'],
  ['WF', 'Polynesia', O, 'FR', 'Wallis and Futuna'], ['PF', 'Polynesia', O, 'FR'],
  ['AQ', 'Antarctica', O, 'p', 'Antarctica'],
];
