import { h, pct } from '../dom.js';
import { partyChip, partyName, positionTarget, stanceMark, targetText } from '../review-ui.js';
import { errorBox, gradeText, historyHref, planLink } from '../ui.js';
import { editForm, rejectForm } from './review-forms.js';

const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];

/** What the extractor read, or what review made of it. */
function facts(s) {
  const caption =
    s.status === 'accepted'
      ? 'As the extractor read it (the position below is what counts):'
      : 'As the extractor read it:';
  return h(
    'figure',
    { class: 'facts-box' },
    h('figcaption', { class: 'muted small' }, caption),
    factList(s),
  );
}

function factList(s) {
  return h(
    'dl',
    { class: 'facts' },
    row('Speaker', s.speaker || 'unnamed', s.role !== 'unknown' ? ` (${s.role})` : ''),
    row('Party', partyChip(s.party, partyName(s))),
    row('Stance', h('span', { class: 'chip' }, stanceMark(s.stance), ' ', s.stance)),
    row('About', targetText(s.target, s.topics)),
    row(
      'Said',
      s.mode === 'direct' ? 'quoted directly' : 'reported speech',
      s.reportedBy ? `, relayed by ${s.reportedBy}` : '',
      s.date ? [' on ', h('time', { datetime: s.date }, s.date)] : '',
    ),
    row('Confidence', pct(s.confidence)),
  );
}

/** The position an accepted statement became, with a way to see it counted. */
function outcome(plan, s, position) {
  if (s.status === 'rejected') {
    return h('p', { class: 'outcome rejected' }, h('strong', {}, 'Rejected: '), s.reason || '');
  }
  if (s.status !== 'accepted') return null;
  if (!position) {
    return h('p', { class: 'outcome accepted' }, `Accepted as position ${s.position}.`);
  }
  const where =
    position.version && position.clause
      ? h('a', { href: historyHref(plan, position.version, position.clause) }, 'clause history')
      : h(
          'a',
          {
            href: planLink(plan, `/disputes?version=${encodeURIComponent(position.version || '')}`),
          },
          'disputes',
        );
  return h(
    'div',
    { class: 'outcome accepted' },
    h('p', {}, h('strong', {}, `Accepted as position ${position.id}: `)),
    h(
      'p',
      { class: 'position-summary' },
      partyChip(position.party, position.party || 'commentator'),
      ' ',
      position.actor ? `${position.actor.name} ` : '',
      h('span', { class: 'chip' }, stanceMark(position.stance), ' ', position.stance),
      ` on ${positionTarget(position)} · `,
      h('span', { class: 'badge grade' }, gradeText(position.grade)),
    ),
    h('p', { class: 'small' }, 'See it in the ', where, '.'),
  );
}

function signInPrompt(ctx, refused) {
  return h(
    'div',
    { class: 'notice', role: 'alert' },
    h(
      'p',
      {},
      refused === 403
        ? 'This token may read but not review: reviewing needs an editor token.'
        : 'Reviewing changes the record, so it needs an editor token.',
    ),
    h('button', { type: 'button', onclick: () => ctx.signIn() }, 'Sign in'),
  );
}

/** The side panel for the statement at ctx.index, in ctx.mode (view, edit, reject, sign-in). */
export function reviewPanel(plan, ctx) {
  const s = ctx.statements[ctx.index];
  if (!s) return [h('h2', {}, 'Nothing to review'), h('p', {}, 'This article has no statements.')];
  const position = s.position ? ctx.positions.get(s.position) : null;
  const keys = h(
    'p',
    { class: 'muted small keys' },
    'Keys: ',
    ...[['j', 'k'], ['a'], ['e'], ['r'], ['Esc']].flatMap((ks, i) => [
      ...ks.map((k) => h('kbd', {}, k)),
      ` ${['next/previous', 'accept', 'correct', 'reject', 'cancel'][i]}${i < 4 ? ', ' : ''}`,
    ]),
  );
  const actions =
    s.status === 'proposed' && ctx.mode === 'view'
      ? h(
          'p',
          { class: 'actions' },
          h('button', { type: 'button', onclick: () => ctx.accept({}) }, 'Accept (a)'),
          ' ',
          h(
            'button',
            { type: 'button', class: 'secondary', onclick: () => ctx.edit() },
            'Correct (e)',
          ),
          ' ',
          h(
            'button',
            { type: 'button', class: 'danger', onclick: () => ctx.startReject() },
            'Reject (r)',
          ),
        )
      : null;
  return [
    h(
      'h2',
      { id: 'panel-title', tabindex: '-1' },
      `Statement ${ctx.index + 1} of ${ctx.statements.length}`,
      ' ',
      h('span', { class: `chip status-${s.status}` }, s.status),
    ),
    h('blockquote', { class: 'panel-quote' }, `“${s.quote}”`),
    facts(s),
    outcome(plan, s, position),
    ctx.error ? errorBox(ctx.error) : null,
    ctx.mode === 'signin' ? signInPrompt(ctx, ctx.refused) : null,
    ctx.mode === 'edit' ? editForm(s, ctx) : null,
    ctx.mode === 'reject' ? rejectForm(ctx) : null,
    actions,
    keys,
  ];
}
