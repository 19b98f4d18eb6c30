// ru: figures, quotes and dates on the composed fixture article (core/claims/fixtures/ru.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { ru } from '../../claims/fixtures/ru';

checkFixture(ru);
