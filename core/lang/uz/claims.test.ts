// uz: figures, quotes and dates on the composed fixture article (core/claims/fixtures/uz.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { uz } from '../../claims/fixtures/uz';

checkFixture(uz);
