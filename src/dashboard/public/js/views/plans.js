import { api } from '../api.js';
import { h, mount, plural } from '../dom.js';
import { planLink } from '../ui.js';

export async function renderPlans() {
  const plans = await api.plans();
  mount(
    'Plans',
    h('h1', {}, 'Plans'),
    plans.length === 0
      ? h('p', {}, 'No plans stored yet.')
      : h(
          'ul',
          { class: 'cards' },
          plans.map((p) =>
            h(
              'li',
              { class: 'card' },
              h('h2', {}, h('a', { href: planLink(p.slug) }, p.title)),
              p.description ? h('p', {}, p.description) : null,
              h('p', { class: 'muted' }, `${p.slug} · ${plural(p.versionCount, 'version')}`),
            ),
          ),
        ),
  );
}
