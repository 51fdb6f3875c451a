// The charting libraries are classic UMD scripts served by the service itself (/assets/vendor,
// see dashboard.ts); they are loaded on first use only, in dependency order, and share `d3`.
const SANKEY = ['internmap', 'd3-array', 'd3-path', 'd3-shape', 'd3-sankey'];

let sankeyReady = null;

function script(name) {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = `/assets/vendor/${name}.js`;
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`could not load ${name}`));
    document.head.append(el);
  });
}

/** window.d3 with sankey() and sankeyLinkHorizontal(), loaded once per page. */
export function loadSankey() {
  if (!sankeyReady) {
    sankeyReady = SANKEY.reduce((prev, name) => prev.then(() => script(name)), Promise.resolve())
      .then(() => window.d3)
      .catch((err) => {
        sankeyReady = null;
        throw err;
      });
  }
  return sankeyReady;
}
