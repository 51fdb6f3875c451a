/**
 * Any Cyrillic letter: the rules written for Russian and Ukrainian reporting (Telegram digests,
 * colon lead-ins, headings, short quotes …) apply only where the text is Cyrillic. One pattern,
 * shared, so every such rule draws the line in the same place. No `g` flag: `test` keeps no state.
 */
export const CYRILLIC = /\p{Script=Cyrillic}/u;
