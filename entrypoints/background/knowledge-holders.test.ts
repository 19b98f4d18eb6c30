// Details the panel asks for, on a hand-made index: people in post named in the UI language, a series.
import { describe, expect, it } from 'vitest';
import { createKnowledge } from './knowledge';
import type { CompiledIndex } from '../../core/dataset/compiled';

const person = (id: string, name: string, roles: object[]) => ({
  id,
  type: 'person',
  name,
  names: { en: [name], ru: [`${name} (ru)`] },
  description: { en: 'x' },
  sources: ['src:a'],
  asOf: '2025',
  roles,
});
const INDEX = {
  entities: {
    'org:csto': {
      id: 'org:csto',
      type: 'organisation',
      name: 'CSTO',
      names: { en: ['CSTO'] },
      description: { en: 'x' },
      sources: ['src:a'],
      asOf: '2025',
    },
    'person:zas': person('person:zas', 'Stanislav Zas', [
      { title: 'Secretary General', org: 'org:csto', start: '2020-01-01', end: '2022-12-31', sources: ['src:a'] },
    ]),
  },
  figures: [
    {
      id: 'fig:b',
      event: 'event:x',
      measure: 'killed',
      value: 19,
      asOf: '2022-01-15',
      status: 'official',
      sources: ['src:a'],
    },
    {
      id: 'fig:a',
      event: 'event:x',
      measure: 'killed',
      value: 17,
      asOf: '2022-01-10',
      status: 'superseded',
      sources: ['src:a'],
    },
    {
      id: 'fig:c',
      event: 'event:x',
      measure: 'injured',
      value: 1300,
      asOf: '2022-01-09',
      status: 'superseded',
      sources: ['src:a'],
    },
  ],
  claims: [],
  sources: { 'src:a': { id: 'src:a', publisher: 'P', title: 'T' } },
} as unknown as CompiledIndex;
const engine = { record: (id: string) => INDEX.entities[id], lookup: () => [] } as never;

describe('knowledge details', () => {
  const k = createKnowledge(INDEX, engine);
  it("names an organisation's people in post, in the UI language", async () => {
    const d = await k.details('org:csto', 'ru');
    expect(d?.kind === 'entity' && d.holders).toEqual([
      { id: 'person:zas', title: 'Secretary General', start: '2020-01-01', end: '2022-12-31', sources: ['src:a'] },
    ]);
    expect(d?.names['person:zas']).toBe('Stanislav Zas (ru)');
  });
  it('gives a figure its series: same event and measure, oldest first', async () => {
    const d = await k.details('fig:b');
    expect(d?.kind === 'figure' && d.series?.map((f) => f.id)).toEqual(['fig:a', 'fig:b']);
  });
});
