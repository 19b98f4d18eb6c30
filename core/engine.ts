// The recognition engine: folds a text once, runs the automaton over it in one pass, keeps the
// matches that the language's morphology and the case rules allow, resolves ambiguous names,
// ranks the events the text is about, and adds claims and dates. Each step is a module of
// core/recognise/ (blocks, accept, mentions, resolve, events; weights in weights.ts). Pure: no DOM,
// no extension API; used by the background script, the CLI, eval and bench. Tested in
// engine.test.ts, core/recognise/*.test.ts and core/fixtures.
import type { CompiledIndex, DisplayRecord } from './dataset/compiled';
import { exactPattern, loadAutomaton, type Automaton } from './match/automaton';
import { fold, foldKey } from './text/fold';
import type { Annotation, EntityHit, Lang } from './types';
import { claimSteps } from './claims-step';
import { monthScope } from './dates/extract';
import { clearCueMemo, installCueTable } from './claims/cues';
import { majorityLang, splitBlocks } from './recognise/blocks';
import { addNamedEvent } from './recognise/event-mentions';
import { inferEvents, textEvidence } from './recognise/events';
import { expandOptions, findMentions, type CueHits } from './recognise/mentions';
import { hitOf, resolve } from './recognise/resolve';

export type { Mention } from './recognise/mentions';

export interface AnnotateOptions {
  /** language of the whole text; detected per block when absent */
  lang?: Lang;
  /** page date, YYYY-MM-DD: resolves "the president", relative dates, event timing */
  date?: string;
  /** skip claims and dates (the content script's first pass, bench) */
  entitiesOnly?: boolean;
}

export interface Engine {
  annotate(text: string, opts?: AnnotateOptions): Annotation;
  /**
   * The same annotation in steps: a step per stage of the entity pass (yielding undefined), then one
   * yielding the entities part (claims and dates empty; a copy), then a step per block's claims;
   * returns what annotate returns. For callers that must give the thread back between steps (the
   * background's slices). With entitiesOnly, no entities step: the return value is that part.
   */
  annotateSteps(text: string, opts?: AnnotateOptions): Generator<Annotation | undefined, Annotation>;
  lookup(query: string, opts?: { date?: string }): EntityHit[];
  record(id: string): DisplayRecord | undefined;
  readonly index: CompiledIndex;
}

/** `automaton`: already loaded (the extension reads its binary form); else read from the index. */
export function createEngine(index: CompiledIndex, loaded?: Automaton): Engine {
  const automaton: Automaton = loaded ?? loadAutomaton(index.automaton as never);
  installCueTable(index.cues);
  const ctx = { index, automaton };
  const eventRecords = Object.values(index.entities).filter((r) => r.type === 'event');

  function annotate(text: string, opts: AnnotateOptions = {}): Annotation {
    const steps = annotateSteps(text, opts);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  function* annotateSteps(text: string, opts: AnnotateOptions = {}): Generator<Annotation | undefined, Annotation> {
    const { annotation, blocks, folded } = yield* entityPass(text, opts);
    if (opts.entitiesOnly) return annotation;
    yield { ...annotation, entities: [...annotation.entities], events: [...annotation.events] };
    // the claims read each block's key off this one fold of the text (not a fold per block and sentence)
    yield* claimSteps(annotation, text, blocks, index, folded);
    return annotation;
  }

  /** Names and events, a step per stage; the text's one fold is returned for the claims to read. */
  function* entityPass(text: string, opts: AnnotateOptions) {
    const date = opts.date;
    // the month names the events read per block are kept for the block's dates (claims step)
    monthScope(!opts.entitiesOnly);
    const blocks = splitBlocks(text, opts.lang);
    const docLang = opts.lang ?? majorityLang(blocks);
    const folded = fold(text);
    yield undefined;
    const cues: CueHits = new Map();
    const mentions = findMentions(ctx, text, folded, blocks, date, cues);
    yield undefined;
    const entities = resolve(index, mentions, text, date);
    yield undefined;
    const events = inferEvents(index, eventRecords, entities, cues, date, textEvidence(folded, blocks));
    // the event the page is about, when the text names it by a word of its kind next to its place or body
    const named = addNamedEvent(index, entities, events, text, folded, blocks);
    clearCueMemo(); // the month scans above hold slices of this fold
    const annotation: Annotation = { lang: docLang, date, entities: named, events, claims: [], dates: [] };
    return { annotation, blocks, folded };
  }

  /** A name typed by the reader: its exact pattern when there is one, else the text annotated. */
  function lookup(query: string, opts: { date?: string } = {}): EntityHit[] {
    const q = query.trim().slice(0, 500);
    if (!q) return [];
    const i = exactPattern(automaton, foldKey(q));
    if (i >= 0) {
      const pat = index.patterns[i]!;
      const exactIds = pat.exact?.find((x) => x.raw === q.normalize('NFC'))?.ids ?? [];
      const ids = expandOptions(index, pat, [...new Set([...pat.ids, ...exactIds])], opts.date);
      return ids
        .map((id) => index.entities[id])
        .filter((r): r is DisplayRecord => !!r)
        .map((r) => ({ ...hitOf(r), mentions: [{ start: 0, end: q.length, text: q }] }));
    }
    return annotate(q, { date: opts.date, entitiesOnly: true }).entities;
  }

  return { annotate, annotateSteps, lookup, record: (id) => index.entities[id], index };
}
