// en: figures, quotes and dates on the composed fixture article (core/claims/fixtures/en.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { en } from '../../claims/fixtures/en';

checkFixture(en);
