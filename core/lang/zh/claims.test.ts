// zh: figures, quotes and dates on the composed fixture article (core/claims/fixtures/zh.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { zh } from '../../claims/fixtures/zh';

checkFixture(zh);
