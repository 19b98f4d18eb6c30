// de: figures, quotes and dates on the composed fixture article (core/claims/fixtures/de.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { de } from '../../claims/fixtures/de';

checkFixture(de);
