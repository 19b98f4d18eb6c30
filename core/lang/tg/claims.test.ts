// tg: figures, quotes and dates on the composed fixture article (core/claims/fixtures/tg.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { tg } from '../../claims/fixtures/tg';

checkFixture(tg);
