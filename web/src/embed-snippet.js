// The "Insluiten" panel: the HTML snippet of the view's embed at a chosen width, with the height
// its content needs at that width (measured by loading the embed once in a hidden same-origin
// iframe, which reports it like on any host page) and the one-line host script that keeps the
// iframe fitting when the content changes. The period is pinned unless the author asks for
// "altijd de nieuwste cijfers", so a published article does not change with the next import.
import { h } from './dom.js';
import { loadIndicators } from './data.js';
import { HEIGHT_MESSAGE } from './embed-size.js';
import { t } from './i18n.js';
import { iframeSnippet } from './url-state.js';

export const DEFAULT_EMBED_WIDTH = 640;
const MIN_WIDTH = 280;
const MAX_WIDTH = 1200;

/** A height to start from before the measurement: the map (56 % of the width) plus its chrome. */
export function estimatedHeight(width) {
  return Math.round(Math.min(460, Math.max(220, width * 0.56)) + (width < 480 ? 420 : 320));
}

/**
 * The embed path with its period pinned (`periode` set to the indicator's latest period when the
 * view shows the latest) or, with `latest`, without a period, so the embed always shows the newest.
 */
export async function pinPeriod(path, latest, indicators = loadIndicators) {
  const url = new URL(path, 'http://x');
  const indicator = url.searchParams.get('indicator');
  if (latest) url.searchParams.delete('periode');
  else if (indicator && !url.searchParams.get('periode')) {
    const meta = (await indicators().catch(() => [])).find((i) => i.code === indicator);
    const period = meta?.periods?.at(-1);
    if (period) url.searchParams.set('periode', period);
  }
  return `${url.pathname}${url.search}`;
}

/** The full snippet: the iframe and the host script that resizes it. */
export function embedSnippet(origin, path, title, width, height) {
  return `${iframeSnippet(origin, path, title, width, height).replace('style="border:0;max-width:100%"', `style="border:0;width:100%;max-width:${width}px"`)}\n<script src="${origin}/embed-host.js" async></script>`;
}

/** Loads `src` in a hidden iframe `width` wide and resolves with the height it reports once settled. */
export function measureHeight(src, width, { settle = 1200, timeout = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const frame = h('iframe', { src, title: '', 'aria-hidden': 'true', tabindex: '-1', class: 'embed-measure', style: `width:${width}px;height:300px` });
    let height = 0;
    let quiet;
    const done = (value, error) => {
      clearTimeout(quiet);
      clearTimeout(limit);
      window.removeEventListener('message', onMessage);
      frame.remove();
      if (error) reject(error);
      else resolve(value);
    };
    const onMessage = (event) => {
      if (event.source !== frame.contentWindow || event.data?.type !== HEIGHT_MESSAGE) return;
      height = event.data.height;
      clearTimeout(quiet);
      // Only once the embed has its content (ready; an embed that does not say counts as ready)
      // and its height has stayed put for `settle` ms; on a busy machine the data can take longer.
      if (event.data.ready !== false) quiet = setTimeout(() => done(height), settle);
    };
    const limit = setTimeout(() => (height ? done(height) : done(null, new Error('the embed did not report its height'))), timeout);
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

/**
 * The Insluiten button and panel for a view. `embedPath({ latest })` gives the embed's path;
 * `title` (a string or a function) the iframe's title.
 */
export function embedWidget(embedPath, title) {
  const id = `embed-${Math.random().toString(36).slice(2, 8)}`;
  const textarea = h('textarea', { id: `${id}-code`, class: 'embed-code', rows: '5', readonly: true, spellcheck: 'false' });
  const widthInput = h('input', {
    id: `${id}-width`,
    type: 'number',
    min: String(MIN_WIDTH),
    max: String(MAX_WIDTH),
    step: '10',
    value: String(DEFAULT_EMBED_WIDTH),
    inputmode: 'numeric',
    class: 'embed-width utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric',
  });
  const latestBox = h('input', { id: `${id}-latest`, type: 'checkbox' });
  const status = h('p', { class: 'embed-panel__status', role: 'status' });
  let run = 0;
  const update = async () => {
    const mine = ++run;
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.parseInt(widthInput.value, 10) || DEFAULT_EMBED_WIDTH));
    const path = await pinPeriod(embedPath({ latest: latestBox.checked }), latestBox.checked);
    const name = typeof title === 'function' ? title() : title;
    textarea.value = embedSnippet(window.location.origin, path, name, width, estimatedHeight(width));
    status.textContent = t('embedMeasuring');
    const measured = await measureHeight(`${window.location.origin}${path}`, width).catch(() => null);
    if (mine !== run) return;
    if (measured) textarea.value = embedSnippet(window.location.origin, path, name, width, measured);
    textarea.dataset.measured = measured ? 'true' : 'false';
    status.textContent = measured ? t('embedMeasured', { width, height: measured }) : '';
  };
  widthInput.addEventListener('change', update);
  latestBox.addEventListener('change', update);
  const panel = h(
    'div',
    { id, class: 'embed-panel', hidden: true },
    h('h2', { class: 'embed-panel__heading' }, t('embedHeading')),
    h(
      'div',
      { class: 'embed-panel__options' },
      h('p', { class: 'field' }, h('label', { for: `${id}-width`, class: 'utrecht-form-label' }, t('embedWidth')), widthInput),
      h('p', { class: 'field field--check' }, latestBox, h('label', { for: `${id}-latest`, class: 'utrecht-form-label utrecht-form-label--checkbox' }, t('embedLatest'))),
    ),
    h('label', { for: `${id}-code`, class: 'utrecht-form-label' }, t('embedLabel')),
    textarea,
    status,
    h('p', { class: 'embed-panel__help' }, t('embedHelp')),
  );
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button button--secondary utrecht-button utrecht-button--secondary-action embed-button',
      'aria-expanded': 'false',
      'aria-controls': id,
      onclick: () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        panel.hidden = !open;
        if (open) {
          update();
          textarea.focus();
          textarea.select();
        }
      },
    },
    t('embedButton'),
  );
  return h('div', { class: 'embed-widget' }, button, panel);
}
