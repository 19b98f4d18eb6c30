// Compact record format for the hand-curated places data (expanded by gen-places.ts).
export interface Rec {
  id: string;
  type?: 'place' | 'facility';
  file: string;
  /** country slug (place:<c>) */
  c?: string;
  /** region id */
  r?: string;
  /** ISO 3166-2 code (regions): coordinates and Wikidata id are then taken from dr5hn states */
  iso?: string;
  /** dr5hn city name (country code:name) for coordinates */
  d5?: string;
  xy?: [number, number];
  wp?: string;
  q?: string;
  capital?: string;
  /** names: short language keys, forms separated by '|' */
  n: Record<string, string>;
  d: string;
  dru?: string;
  dar?: string;
  pop?: [number, string, string];
  ex?: string[];
  amb?: string[];
  pr?: number;
  rel?: string[];
  src?: string[];
  facts?: [string, string, string[]][];
}
