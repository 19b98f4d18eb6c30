// Every number the recogniser weighs evidence with, named and explained in one place. Changing one
// changes what `npm run eval` and the fixtures report: measure before and after. Pure constants;
// used by resolve.ts (disambiguation) and events.ts (event ranking); tested through their tests.

/** Disambiguation of a name shared by several entities (resolve.ts `scoreOption`). */
export const RESOLVE = {
  /** a record's prior (0..1, default below) is multiplied by this: priors break ties, never outvote evidence */
  priorScale: 2,
  /** prior of a record that has none */
  defaultPrior: 0.5,
  /** one sense per article: the same entity is named unambiguously elsewhere in the text */
  anchored: 10,
  /** a related entity (either direction of `related`) is named unambiguously in the text */
  related: 2,
  /** the entity's country is named in the text */
  country: 2,
  /** a word for "city", "region"... stands next to the name and the candidate is a place */
  placeWord: 3,
  /** an office descriptor ("the Kyrgyz president") and the candidate held that office at the page date */
  officeAtDate: 5,
  /** a title before the name matches one of the candidate's roles, held at the page date */
  titleAtDate: 4,
  /** ... a role of that kind, but not held at the page date */
  titleOutOfDate: 0.5,
  /** ... a role of that kind, and the page has no date */
  titleUndated: 2,
  /** an event shared a name with another edition (the China-Central Asia Summit of 2023 and of 2025) and
   * the page is dated from EVENTS.previewDays before it to EVENTS.freshDays after it: it reports this one */
  eventAtDate: 5,
  /** the leader must beat the runner-up by this much, or the mention is reported as ambiguous */
  margin: 1.5,
} as const;

/** Event ranking (events.ts `inferEvents`); the score is turned into a confidence 1 - exp(-score / scale). */
export const EVENTS = {
  /** each direct mention of the event's name ... */
  mention: 3,
  /** ... counted up to this many times */
  maxMentions: 3,
  /** each of the event's places named in the text ... */
  place: 1.5,
  /** ... up to this total */
  maxPlaces: 4.5,
  /** each of the event's participants named (weight 1 each) up to this total */
  maxParticipants: 4,
  /** a country or an international body says little about which event it is; a town or a person says more */
  broadEntity: 0.25,
  /** each distinct cue word of the event ("referendum", "clashes") ... */
  cue: 0.75,
  /** ... up to this total */
  maxCues: 3,
  /** the page is dated more than `previewDays` before the event started: it cannot be reporting it */
  beforeStartFactor: 0.2,
  /** a page dated up to this many days before the start can announce the event (a snap election is
   * called about two months ahead, a summit announced weeks before) */
  previewDays: 90,
  /** the page is dated during the event or within this many days after its end ... */
  freshDays: 60,
  /** ... which adds this */
  fresh: 3,
  /** the page is dated more than this many days after the end ... */
  staleDays: 730,
  /** ... which multiplies the score by this */
  staleFactor: 0.6,
  /** an undated page naming neither the event nor its year, and the event ended more than this many
   * years before the dataset's newest event ... */
  historicYears: 10,
  /** ... multiplies its score by this (a civil war of the 1990s behind a word for clashes today) */
  historicFactor: 0.6,
  /** a word for the event's kind (election, protest, clash...) in the text's language */
  kindWord: 2,
  /** ... and a word for which election it is (presidential, parliamentary) */
  subKindWord: 1,
  /** a year inside the event's dates is written in the text */
  yearInText: 2.5,
  /** years are written, none of them the event's, and the page date does not fall in it */
  otherYearsFactor: 0.6,
  /** a month written with a day or a year ("16 September") falls within the event's dates */
  monthInText: 2,
  /** ... counted only for events spanning at most this many months after their first */
  monthSpanMax: 2,
  /** the text names kinds of event and none is the event's (a summit page, an election event) */
  otherKindFactor: 0.5,
  /** the page date alone points at an event of a kind only with an entity listed by at most this many
   * events (a minister, a town: yes; a head of state, listed by 15 events: no) */
  distinctiveOwners: 3,
  /** score scale of the confidence curve */
  confidenceScale: 6,
  /** events below this confidence are not reported */
  minConfidence: 0.35,
  /**
   * the top event is also named (an entity) when a word of its kind stands within this many characters of
   * its town, country or organisation in one sentence ("саммит СНГ в Душанбе"; event-mentions.ts) ...
   */
  namedGap: 24,
  /** ... and it is at least this confident */
  namedMinScore: 0.5,
  /** others are reported only when they reach this share of the best one's confidence */
  nearBest: 0.75,
  /** at most this many events per text */
  maxEvents: 5,
  /** events within this confidence of the best one are marked `close`: the text does not tell them apart */
  closeMargin: 0.05,
} as const;
