// tr: figures, quotes and dates on the composed fixture article (core/claims/fixtures/tr.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { tr } from '../../claims/fixtures/tr';

checkFixture(tr);
