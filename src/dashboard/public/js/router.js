// Client-side navigation, apart from main.js so views can navigate without importing the
// module that imports them (main.js registers the page renderer at start-up).
let renderPage = async () => {};

/** main.js hands over its render(); views only ever call navigate(). */
export function setRenderer(render) {
  renderPage = render;
}

/**
 * Client-side navigation. `replace` is for filter changes that should not pile up history
 * entries; `focus` false keeps the keyboard user on the control they just used.
 */
export async function navigate(href, { replace = false, focus = true } = {}) {
  const keep = document.activeElement?.id;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  await renderPage();
  if (!focus && keep) {
    // The view was rebuilt: put the keyboard back on the control that triggered it.
    document.getElementById(keep)?.focus();
  } else if (focus) {
    // A view that put the keyboard somewhere itself (the review queue's current statement, the
    // sign-in field) keeps it; otherwise focus goes to the top of the new content.
    const main = document.getElementById('main');
    if (main.contains(document.activeElement) && document.activeElement !== main) return;
    main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}
