import fc from 'fast-check';
import { TextCache } from './analysis';
import { foldText, rawTokens } from './fold';

describe('TextCache', () => {
  it('folds and splits exactly as foldText and rawTokens, once per distinct text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            // ASCII dense in digits and separators: the character scan's hard cases.
            fc.stringMatching(/^[a-c0-9., '-]{0,40}$/),
          ),
          { maxLength: 8 },
        ),
        (texts) => {
          const cache = new TextCache();
          for (const text of texts) {
            const analysed = cache.analyse(text);
            expect(analysed.folded).toBe(foldText(text));
            const tokens = [...analysed.ids].map((id) => cache.table.strings[id]);
            expect(tokens).toEqual(rawTokens(foldText(text)));
            expect(cache.analyse(text)).toBe(analysed);
          }
        },
      ),
    );
  });
});
