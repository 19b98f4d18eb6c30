// ar: figures, quotes and dates on the composed fixture article (core/claims/fixtures/ar.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { ar } from '../../claims/fixtures/ar';

checkFixture(ar);
