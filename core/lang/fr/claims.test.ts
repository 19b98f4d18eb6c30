// fr: figures, quotes and dates on the composed fixture article (core/claims/fixtures/fr.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { fr } from '../../claims/fixtures/fr';

checkFixture(fr);
