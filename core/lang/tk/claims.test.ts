// tk: figures, quotes and dates on the composed fixture article (core/claims/fixtures/tk.ts).
import { checkFixture } from '../../claims/fixtures/check';
import { tk } from '../../claims/fixtures/tk';

checkFixture(tk);
