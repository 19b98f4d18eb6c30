// Every highlight kind has its own English name in the locale file.
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { KIND_NAME_KEY } from './kind-names';
import { KINDS } from './protocol';

describe('KIND_NAME_KEY', () => {
  it('names every kind with a distinct message that exists in English', () => {
    const keys = KINDS.map((k) => KIND_NAME_KEY[k]);
    expect(new Set(keys).size).toBe(KINDS.length);
    for (const key of keys) expect((en as Record<string, { message: string }>)[key]?.message).toBeTruthy();
  });
});
