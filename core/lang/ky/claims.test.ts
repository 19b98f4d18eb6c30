// ky: figures, quotes and dates on the composed fixture article (core/claims/fixtures/ky.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { ky } from '../../claims/fixtures/ky';

checkFixture(ky);
