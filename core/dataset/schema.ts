// Dataset schema: the shape of every reviewed source file under data/ and of the compiled index.
// Pure (valibot only): used by scripts/build-data.ts, the report, and tests (schema.test.ts).
// Every fact, figure, claim and entity cites sources by id; ids are typed by prefix.
import * as v from 'valibot';

/** Name keys: language, or language-script where a language is written in several scripts. */
export const NAME_LANGS = [
  'en',
  'ru',
  'ar',
  'kk-Cyrl',
  'kk-Latn',
  'kk-Arab',
  'uz-Latn',
  'uz-Cyrl',
  'ky',
  'tg',
  'tk',
  'fa',
  'tr',
  'zh',
  'de',
  'fr',
] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'event', 'media', 'facility'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const ID_PREFIX: Record<EntityType, string> = {
  person: 'person',
  organisation: 'org',
  place: 'place',
  event: 'event',
  media: 'media',
  facility: 'facility',
};
export const idPrefixFor = (t: EntityType) => ID_PREFIX[t];

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const idOf = (prefix: string) =>
  v.pipe(v.string(), v.regex(new RegExp(`^${prefix}:${slug}$`), `id must look like ${prefix}:lower-case-slug`));
export const EntityId = idOf('(?:person|org|place|event|media|facility)');
export const SourceId = idOf('src');
export const OfficeId = idOf('office');
export const FigureId = idOf('fig');
export const ClaimId = idOf('claim');

/** ISO date, year-month, or year: the precision the source gives. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
/** A month: when a record was last checked, and the dataset's as-of month. */
export const YearMonth = v.pipe(v.string(), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must be YYYY-MM'));
const Sources = v.pipe(v.array(SourceId), v.minLength(1, 'at least one source'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

/** What kind of publisher a source is, so the panel can tell an official statement from a wire report. */
export const SOURCE_KINDS = [
  'official',
  'wire',
  'state-media',
  'independent-media',
  'encyclopaedia',
  'igo-ngo',
  'academic',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const Source = v.strictObject({
  id: SourceId,
  url: v.optional(v.pipe(v.string(), v.url())),
  publisher: NonEmpty,
  title: NonEmpty,
  /** publication date of the cited page or document */
  date: v.optional(PartialDate),
  /** when we read it */
  accessed: v.optional(PartialDate),
  licence: v.optional(v.string()),
  /** required by the build (core/dataset/rules.ts); optional here so a missing one is a named rule error */
  kind: v.optional(v.picklist(SOURCE_KINDS)),
  /** why a home page (not a specific page) is cited */
  reason: v.optional(NonEmpty),
});
export type Source = v.InferOutput<typeof Source>;

const Names = v.pipe(
  v.record(v.picklist(NAME_LANGS), v.pipe(v.array(NonEmpty), v.minLength(1))),
  v.check((n) => Array.isArray(n.en) && n.en.length > 0, 'names.en is required'),
);
const Texts = v.pipe(
  v.record(v.picklist(NAME_LANGS), NonEmpty),
  v.check((n) => typeof n.en === 'string', 'an English text is required'),
);

/** Our own wording of a sourced text in other languages, keyed like names (ru, ar, ...); the English
 * stays in `text`. Shown when the reader's language has an entry (see `textIn` in compiled.ts). */
export const Translations = v.pipe(
  v.record(v.picklist(NAME_LANGS), NonEmpty),
  v.check((t) => !('en' in t), 'i18n holds the other languages; the English text is `text`'),
);
export type Translations = v.InferOutput<typeof Translations>;

export const Fact = v.strictObject({
  text: NonEmpty,
  i18n: v.optional(Translations),
  asOf: PartialDate,
  sources: Sources,
});
export type Fact = v.InferOutput<typeof Fact>;

export const Role = v.strictObject({
  /** English title as displayed, e.g. "President of Kazakhstan" */
  title: NonEmpty,
  /** the title in other languages */
  i18n: v.optional(Translations),
  office: v.optional(OfficeId),
  org: v.optional(EntityId),
  start: v.optional(PartialDate),
  end: v.optional(PartialDate),
  sources: Sources,
});
export type Role = v.InferOutput<typeof Role>;

export const TimelineItem = v.strictObject({
  date: PartialDate,
  text: NonEmpty,
  i18n: v.optional(Translations),
  sources: Sources,
});

export const Entity = v.strictObject({
  id: EntityId,
  type: v.picklist(ENTITY_TYPES),
  /** first the usual form, then aliases and transliterations, per language/script */
  names: Names,
  /** Wikidata QID, only when verified */
  wikidata: v.optional(v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/))),
  /** English Wikipedia article title */
  wikipedia: v.optional(NonEmpty),
  description: Texts,
  /** where the identity and names come from */
  sources: Sources,
  asOf: PartialDate,
  // places
  country: v.optional(EntityId),
  region: v.optional(EntityId),
  coords: v.optional(
    v.tuple([
      v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    ]),
  ),
  population: v.optional(
    v.strictObject({ value: v.pipe(v.number(), v.integer(), v.minValue(0)), asOf: PartialDate, sources: Sources }),
  ),
  /** media outlets: who owns or runs the outlet, as a page states it (an entity, or text when it has no record) */
  owner: v.optional(
    v.pipe(
      v.strictObject({ entity: v.optional(EntityId), text: v.optional(Texts), asOf: PartialDate, sources: Sources }),
      v.check((o) => Boolean(o.entity || o.text), 'owner needs an entity or a text'),
    ),
  ),
  // people, organisations
  roles: v.optional(v.array(Role)),
  related: v.optional(v.array(EntityId)),
  facts: v.optional(v.array(Fact)),
  /** entities sharing a name with this one on purpose; resolved at match time */
  ambiguousWith: v.optional(v.array(EntityId)),
  /** names that are also ordinary words in some language: matched only in exactly this form */
  exactOnly: v.optional(v.array(NonEmpty)),
  /** 0..1: how likely a bare mention means this entity, other things equal */
  prior: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  // events
  start: v.optional(PartialDate),
  end: v.optional(PartialDate),
  places: v.optional(v.array(EntityId)),
  participants: v.optional(v.array(EntityId)),
  /** per-language cue words that make this event likelier when they occur with its entities */
  cues: v.optional(v.record(v.picklist(NAME_LANGS), v.array(NonEmpty))),
  timeline: v.optional(v.array(TimelineItem)),
});
export type Entity = v.InferOutput<typeof Entity>;

/** An office whose descriptors ("the Kyrgyz president") resolve to the holder at the page's date. */
export const Office = v.strictObject({
  id: OfficeId,
  country: v.optional(EntityId),
  /** descriptors per language, e.g. en: ["President of Kazakhstan", "Kazakh president"] */
  names: Names,
  sources: Sources,
  /** how many people hold it at once (a court's judges, a council's members); default 1 */
  seats: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** month its current holder was last checked against a source */
  checked: v.optional(YearMonth),
});
export type Office = v.InferOutput<typeof Office>;

export const MEASURES = [
  'killed',
  'injured',
  'detained',
  'arrested',
  'charged',
  'convicted',
  'displaced',
  'evacuated',
  'missing',
  'troops',
  'vote-share',
  'turnout',
  'price',
  'cost',
  'money',
  'duration',
  'count',
] as const;
export type Measure = (typeof MEASURES)[number];

export const Figure = v.strictObject({
  id: FigureId,
  event: EntityId,
  measure: v.picklist(MEASURES),
  value: v.optional(v.number()),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  unit: v.optional(NonEmpty),
  /** who was counted: total, security personnel, civilians, protesters, ... (English; matched by core/claims) */
  subject: v.optional(NonEmpty),
  /** the subject in other languages, for display (like a fact's i18n) */
  subjectI18n: v.optional(Translations),
  asOf: PartialDate,
  statedBy: v.optional(EntityId),
  /** English text of who stated it when not an entity */
  statedByText: v.optional(NonEmpty),
  /** statedByText in other languages, for display (like subjectI18n) */
  statedByTextI18n: v.optional(Translations),
  status: v.picklist(['official', 'independent', 'retracted', 'superseded', 'estimate']),
  note: v.optional(NonEmpty),
  sources: Sources,
});
export type Figure = v.InferOutput<typeof Figure>;

export const CLAIM_STATUSES = ['supported', 'disputed', 'unsupported', 'misleading', 'false', 'opinion'] as const;
export const KnownClaim = v.strictObject({
  id: ClaimId,
  event: v.optional(EntityId),
  text: Texts,
  claimedBy: v.optional(v.array(EntityId)),
  /** who made the claim when it is not (only) an entity, as the source puts it ("Kyrgyz media") */
  claimedByText: v.optional(Texts),
  date: v.optional(PartialDate),
  /** per-language phrases that signal the claim in coverage */
  cues: v.record(v.picklist(NAME_LANGS), v.array(NonEmpty)),
  status: v.picklist(CLAIM_STATUSES),
  context: v.strictObject({ text: NonEmpty, i18n: v.optional(Translations), sources: Sources }),
  sources: Sources,
});
export type KnownClaim = v.InferOutput<typeof KnownClaim>;

/** One file under data/: any mix of these collections. */
export const DataFile = v.strictObject({
  $comment: v.optional(v.string()),
  /** the month the dataset as a whole is current to (declared once, in data/dataset.json) */
  asOf: v.optional(YearMonth),
  sources: v.optional(v.array(Source)),
  entities: v.optional(v.array(Entity)),
  offices: v.optional(v.array(Office)),
  figures: v.optional(v.array(Figure)),
  claims: v.optional(v.array(KnownClaim)),
});
export type DataFile = v.InferOutput<typeof DataFile>;
