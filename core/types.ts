// Types shared by the core pipeline, the CLI and the extension: what annotate() returns.
// Pure types, no runtime code. Offsets are UTF-16 indices into the text that was annotated.
import type { EntityType, Measure } from './dataset/schema';

/** The 13 reading languages (script variants are folded into the language here). */
export const LANGS = ['ar', 'ru', 'en', 'kk', 'uz', 'ky', 'tg', 'tk', 'fa', 'tr', 'zh', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface EntityHit {
  id: string;
  /** English name */
  name: string;
  type: EntityType;
  wikidata?: string;
  wikipedia?: string;
  /** set when the mentions could be any of several entities: "ambiguous: A or B" */
  ambiguous?: { note: string; candidates: { id: string; name: string }[] };
  mentions: Span[];
}

export interface EventHit {
  id: string;
  name: string;
  wikipedia?: string;
  /** 0..1 */
  score: number;
  /** the best event and this one are within a small margin: the text does not tell them apart */
  close?: boolean;
}

export interface DateHit extends Span {
  /** resolved ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text gives) */
  date: string;
}

export interface ClaimLink {
  /** fig:... or claim:... id in the dataset */
  id: string;
  /** same | earlier | later | differs | known-claim */
  relation: string;
  note: string;
}

export interface ClaimHit extends Span {
  /** figure | quote | statement | known-claim */
  kind: 'figure' | 'quote' | 'statement' | 'known-claim';
  measure?: Measure;
  value?: number;
  /** [min, max] for ranges */
  range?: [number, number];
  /** about | more-than | at-least | less-than | at-most | up-to */
  approx?: string;
  unit?: string;
  subject?: string;
  attributedTo?: { id?: string; name: string };
  date?: string;
  links: ClaimLink[];
}

export interface Annotation {
  lang: Lang | 'und';
  /** page date used to resolve relative dates and active periods, YYYY-MM-DD */
  date?: string;
  entities: EntityHit[];
  events: EventHit[];
  claims: ClaimHit[];
  dates: DateHit[];
}
