// The shipped data keeps the build's editorial rules: an enforced rule has no violation, and a rule
// still listed in PENDING_RULES (core/dataset/rules.ts) has some: the moment its count reaches 0 this
// test fails until the rule is taken off the list, so it becomes an error for good.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRules, PENDING_RULES, RULES, type RuleId } from '../core/dataset/rules';
import { validateData } from '../core/dataset/validate';
import { loadFiles } from '../scripts/build-data';

const { files } = loadFiles([join(resolve(import.meta.dirname), '.')]);
const { errors, data } = validateData(files);
const violations = checkRules(data);
const count = (r: RuleId) => violations.filter((v) => v.rule === r).length;

describe('data/ and the build rules', () => {
  it('validates', () => expect(errors).toEqual([]));
  it('declares the dataset asOf', () => expect(data.asOf).toMatch(/^\d{4}-\d{2}$/));
  for (const rule of Object.keys(RULES) as RuleId[]) {
    if (PENDING_RULES.includes(rule)) {
      it(`pending rule ${rule} still has violations (else take it off PENDING_RULES)`, () =>
        expect(count(rule)).toBeGreaterThan(0));
    } else {
      it(`keeps rule ${rule}`, () => expect(violations.filter((v) => v.rule === rule)).toEqual([]));
    }
  }
});
