// fa: figures, quotes and dates on the composed fixture article (core/claims/fixtures/fa.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { fa } from '../../claims/fixtures/fa';

checkFixture(fa);
