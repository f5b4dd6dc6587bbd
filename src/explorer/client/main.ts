import { ApiError } from './api.ts';
import { h } from './dom.ts';
import { searchBox } from './search-box.ts';
import { routeOf } from './routes.ts';
import { navigate } from './nav.ts';
import { drawCharts } from './charts.ts';

/**
 * A one-page explorer with real addresses (/county/431025, /report/<id>#s120 …): links
 * inside it change the address without a reload, Back and Forward redraw the view, and
 * every address can be opened directly, shared and bookmarked.
 */

const view = document.getElementById('view')!;
// The client runs before ECharts is read (it asks for its data meanwhile); views are drawn
// once every script of the page has run, which DOMContentLoaded marks.
const scriptsRead = 'echarts' in window || document.readyState === 'complete' ? Promise.resolve() : new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
let drawing = 0;

async function draw(): Promise<void> {
  const mine = ++drawing;
  const route = routeOf(location.pathname, new URLSearchParams(location.search));
  view.setAttribute('aria-busy', 'true');
  try {
    performance.mark('explorer:asked');
    const page = await route.render();
    performance.mark('explorer:answered');
    await scriptsRead;
    // A slower answer for an address the user has already left is dropped.
    if (mine !== drawing) return;
    document.title = `${page.title} · 县域图谱`;
    view.replaceChildren(page.body);
    view.dataset.view = route.name;
    drawCharts();
    if (page.after) page.after();
    else window.scrollTo(0, 0);
    view.dataset.ready = location.pathname + location.search + location.hash;
    performance.mark('explorer:drawn');
  } catch (e) {
    if (mine !== drawing) return;
    document.title = '出错了 · 县域图谱';
    view.replaceChildren(h('div', { class: 'card error', role: 'alert' }, h('h2', {}, '无法显示这一页'), h('p', {}, e instanceof ApiError ? e.message : `页面出错：${(e as Error).message}`)));
    view.dataset.view = 'error';
    view.dataset.ready = location.pathname + location.search + location.hash;
  } finally {
    if (mine === drawing) view.removeAttribute('aria-busy');
  }
}


document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const href = a.getAttribute('href');
  // GraphiQL and other pages of the server load as pages of their own.
  if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/graphql') || a.target) return;
  e.preventDefault();
  if (href === location.pathname + location.search + location.hash) return;
  navigate(href);
});

window.addEventListener('popstate', () => void draw());
window.addEventListener('explorer:navigate', () => void draw());

document.getElementById('search')!.replaceChildren(searchBox(navigate));
void draw();
