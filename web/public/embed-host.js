/*
 * Wijkatlas embed host script. Put it once on a page that embeds Wijkatlas iframes:
 *   <script src="https://<wijkatlas>/embed-host.js" async></script>
 * Each embed reports the height of its content with
 *   window.parent.postMessage({ type: 'wijkatlas:embed-height', height: <px> }, '*')
 * on load and whenever its content changes size; this script sets the height of the iframe that
 * sent it, so the legend, the sources and "Open in Wijkatlas" are always inside the visible frame.
 * Only messages from the Wijkatlas origin this script was loaded from are obeyed.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, window.location.href).origin : null;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'wijkatlas:embed-height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    if (origin && event.origin !== origin) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(150, Math.min(5000, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
      }
    }
  });
})();
