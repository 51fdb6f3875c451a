import { h } from '../dom.js';

/** One quoted position: who, stance, the quote, when, where, and the sources behind it. */
export function positionItem(p) {
  const actor = typeof p.actor === 'object' && p.actor ? p.actor.name : p.actor;
  return h(
    'li',
    { class: 'position' },
    h(
      'p',
      { class: 'who' },
      h('strong', {}, p.party || ''),
      actor ? ` — ${actor}` : '',
      ' ',
      h('span', { class: `chip stance-${p.stance}` }, p.stance),
      ' ',
      h('span', { class: 'badge grade' }, p.grade ? `grade ${p.grade}` : 'ungraded'),
    ),
    p.quote ? h('blockquote', {}, `“${p.quote}”`) : null,
    h(
      'p',
      { class: 'muted' },
      p.date ? h('time', { datetime: p.date }, p.date) : 'undated',
      p.outlet ? ` · ${p.outlet}` : '',
      p.version ? ` · about ${p.version}${p.scope === 'version-wide' ? ' as a whole' : ''}` : '',
    ),
    p.note ? h('p', { class: 'muted small' }, p.note) : null,
    p.sources && p.sources.length
      ? h(
          'ul',
          { class: 'sources', 'aria-label': 'Sources' },
          p.sources.map((s) => {
            const url = typeof s === 'string' ? s : s.url;
            const meta = typeof s === 'string' ? [] : [s.outlet, s.title, s.date].filter(Boolean);
            return h(
              'li',
              {},
              h(
                'a',
                { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'source' },
                url,
              ),
              meta.length ? h('span', { class: 'muted small' }, ` ${meta.join(' · ')}`) : null,
            );
          }),
        )
      : null,
  );
}
