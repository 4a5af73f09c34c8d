/*! Peru Protest Atlas: host-page resizer for the embed (MIT). Include once, anywhere in the page:
 *    <iframe src="https://…/?embed=1" data-peru-protest-atlas …></iframe>
 *    <script async src="https://…/embed.js"></script>
 *  Each <iframe data-peru-protest-atlas> takes the height the atlas inside it asks for, at whatever width the
 *  article gives it. A message is used only when it comes from the window of one of those iframes (matched by
 *  window, not by origin: a sandboxed atlas has none); the height is a number within bounds, set through the
 *  CSSOM (no markup is written). The atlas's messages are documented in the README (Embedding).
 */
(function () {
  'use strict';
  var FLAG = '__peruProtestAtlasResizer';
  if (window[FLAG]) return;
  window[FLAG] = true;

  var ATLAS = 'peru-protest-atlas';
  var MIN = 100;
  var MAX = 5000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-peru-protest-atlas]'));
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.source !== ATLAS || d.type !== 'height') return;
    var h = Math.round(Number(d.height));
    if (!isFinite(h) || h < MIN || h > MAX) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === e.source) {
        list[i].style.height = h + 'px';
        return;
      }
    }
  });

  // An atlas that loaded before this (async) script missed nobody: ask each one for its height again.
  function ask(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage({ target: ATLAS, type: 'get' }, '*');
    } catch (err) {
      // A frame being removed; nothing to resize.
    }
  }
  function init() {
    frames().forEach(function (f) {
      ask(f);
      f.addEventListener('load', function () {
        ask(f);
      });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
