// The background's knowledge over a small compiled index (core/testing/mini-data, written for the
// tests): details with their sources and names in the reader's language, lookup, forms, country,
// the engine on its lean table with the display records read late,
// the figure series a figure belongs to, and who held an organisation's offices.
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../core/testing/mini-data';
import type { Figure } from '../../core/dataset/schema';
import { leanIndex } from '../../core/dataset/lean';
import { createKnowledge, officeHolders, seriesOf } from './knowledge';

const k = createKnowledge(miniIndex());

describe('createKnowledge', () => {
  it('gives an entity with its sources, and the names it refers to in the asked language', async () => {
    const d = await k.details('place:almaty', 'ru');
    expect(d?.kind).toBe('entity');
    if (d?.kind !== 'entity') return;
    expect(d.record.id).toBe('place:almaty');
    expect(Object.keys(d.sources)).toEqual(['src:test-ref']);
    expect(d.names['place:kazakhstan']).toBe('Казахстан');
    expect((await k.details('place:almaty'))?.names['place:kazakhstan']).toBe('Kazakhstan');
  });
  it('answers null for an id it does not know', async () => {
    expect(await k.details('person:nobody')).toBeNull();
  });
  it('reads the sources only when a card first needs them, once', async () => {
    const index = miniIndex();
    let reads = 0;
    const late = createKnowledge({ ...index, sources: {} }, undefined, {
      sources: async () => {
        reads++;
        return index.sources;
      },
    });
    expect(reads).toBe(0);
    const d = await late.details('place:almaty', 'ru');
    expect(d?.kind === 'entity' && Object.keys(d.sources)).toEqual(['src:test-ref']);
    await late.details('place:almaty');
    expect(reads).toBe(1);
  });
  it('runs on the engine’s table alone; cards, lookup and forms read the display records once', async () => {
    const index = miniIndex();
    let reads = 0;
    const table = { ...leanIndex(index), automaton: index.automaton, sources: {} };
    expect(table.entities['place:almaty']?.description).toBeUndefined();
    const lean = createKnowledge(table, undefined, {
      records: async () => {
        reads++;
        return index;
      },
      sources: async () => index.sources,
    });
    const found = lean.engine.annotate('Tokayev spoke in Almaty.', { lang: 'en' });
    expect(found.entities.map((e) => e.id).sort()).toEqual(['person:kassym-jomart-tokayev', 'place:almaty']);
    expect(lean.countryOf('place:almaty')).toBe('place:kazakhstan');
    expect(reads).toBe(0);
    const d = await lean.details('place:almaty', 'ru');
    expect(d?.kind === 'entity' && d.record.description).toEqual({ en: 'Largest city of Kazakhstan' });
    expect((await lean.lookup('Токаев')).hits.map((h) => h.id)).toContain('person:kassym-jomart-tokayev');
    expect((await lean.display()).forms('place:almaty')?.en).toBe('Almaty');
    expect(reads).toBe(1);
  });
  it('tries a failed read of the display records again on the next use', async () => {
    const index = miniIndex();
    let fail = true;
    const k = createKnowledge(index, undefined, {
      records: async () => {
        if (fail) throw new Error('offline');
        return index;
      },
    });
    await expect(k.details('place:almaty')).rejects.toThrow('offline');
    fail = false;
    expect((await k.details('place:almaty'))?.kind).toBe('entity');
  });
  it('looks names up in any script, and says when a name is ambiguous', async () => {
    expect((await k.lookup('Токаев')).hits.map((h) => h.id)).toContain('person:kassym-jomart-tokayev');
    const japarov = await k.lookup('Japarov', '2022-06-01');
    expect(japarov.query).toBe('Japarov');
    expect(japarov.hits.length).toBeGreaterThan(0);
    expect((await k.lookup('zzzz')).hits).toEqual([]);
  });
  it('knows an entity’s country and the first form of its name per language', async () => {
    expect(k.countryOf('place:almaty')).toBe('place:kazakhstan');
    expect(k.countryOf('person:nobody')).toBeUndefined();
    const display = await k.display();
    const forms = display.forms('person:kassym-jomart-tokayev');
    expect(forms?.ru).toBe('Касым-Жомарт Токаев');
    expect(forms?.['kk-Cyrl']).toBe('Қасым-Жомарт Тоқаев');
    expect(display.forms('person:nobody')).toBeUndefined();
  });
});

describe('seriesOf and officeHolders', () => {
  const fig = (id: string, asOf: string, measure: Figure['measure'] = 'killed', event = 'event:x') =>
    ({ id, event, measure, asOf, value: 1, sources: ['src:a'] }) as Figure;
  it('puts a figure in its event and measure series, oldest first', () => {
    const all = [
      fig('fig:c', '2022-03'),
      fig('fig:a', '2022-01'),
      fig('fig:b', '2022-02', 'injured'),
      fig('fig:d', '2022-01', 'killed', 'event:y'),
    ];
    expect(seriesOf(all, all[0]!).map((f) => f.id)).toEqual(['fig:a', 'fig:c']);
  });
  it('lists the people whose roles name an organisation', () => {
    const holders = officeHolders({
      entities: {
        'person:a': {
          id: 'person:a',
          roles: [{ title: 'Chair', i18n: { ar: 'رئيس' }, org: 'org:x', start: '2020', sources: [] }],
        },
        'person:b': {
          id: 'person:b',
          roles: [
            { title: 'Deputy', org: 'org:x', start: '2021', end: '2022', sources: [] },
            { title: 'Other', start: '2019', sources: [] },
          ],
        },
      },
    } as never);
    expect(holders.get('org:x')?.map((h) => `${h.id} ${h.title}`)).toEqual(['person:a Chair', 'person:b Deputy']);
    expect(holders.size).toBe(1);
    // the title's translations travel with it, so the card can show them
    expect(holders.get('org:x')?.map((h) => h.i18n)).toEqual([{ ar: 'رئيس' }, undefined]);
  });
});
