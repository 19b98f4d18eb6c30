// kk: figures, quotes and dates on the composed fixture article (core/claims/fixtures/kk.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { kk } from '../../claims/fixtures/kk';

checkFixture(kk);
