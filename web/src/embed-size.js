// The embed side of the height protocol (docs/embeds.md): an embed in an iframe tells its host
// page how tall its content is, on load and on every change of size, with
//   { type: 'wijkatlas:embed-height', height, url, ready }
// posted to the parent; ready is false while the embed still loads its content (its final height
// is not known yet), so a measurement waits for it. public/embed-host.js on the host page resizes the iframe; the snippet's own
// height is measured the same way (embed-snippet.js), so it fits even without the host script.

export const HEIGHT_MESSAGE = 'wijkatlas:embed-height';

/** The height of the embed's content in CSS pixels (the document, not the iframe's viewport). */
export function contentHeight(doc = document) {
  const root = doc.querySelector('main > .embed') ?? doc.body;
  const main = doc.querySelector('main') ?? root;
  const style = doc.defaultView.getComputedStyle(main);
  return Math.ceil(root.getBoundingClientRect().height + parseFloat(style.paddingTop || '0') + parseFloat(style.paddingBottom || '0'));
}

/**
 * Starts reporting the content's height to the parent window; a no-op outside an iframe. With
 * { ready: false } the embed says its content is still coming until it calls ready() on the
 * returned controller; stop() ends the reporting.
 */
export function reportHeight(win = window, { ready: readyNow = true } = {}) {
  if (win.parent === win) return { ready() {}, stop() {} };
  let last = 0;
  let ready = readyNow;
  let sentReady = null;
  const send = () => {
    const height = contentHeight(win.document);
    if ((height === last && ready === sentReady) || height <= 0) return;
    last = height;
    sentReady = ready;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height, url: win.location.href, ready }, '*');
  };
  const observer = new win.ResizeObserver(send);
  observer.observe(win.document.querySelector('main > .embed') ?? win.document.body);
  send();
  return {
    ready() {
      ready = true;
      send();
    },
    stop() {
      observer.disconnect();
    },
  };
}
