// The frame's side of embedding (embed=1 inside a frame; else idle): reports height and the
// event on screen to the parent, opens the event it asks for. Why and how: docs/embedding.md.
(function () {
  'use strict';
  var P = 'biip-timeline';
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  function embedMode() {
    var v = new URLSearchParams(location.search).get('embed');
    return v === '' || v === '1' || v === 'true';
  }
  if (parent === window || !window.URLSearchParams || !embedMode()) return;

  // The parent's origin, never '*': from the snippet, the browser or the referrer.
  function origin(url, escaped) {
    try {
      var o = new URL(escaped ? decodeURIComponent(url) : url).origin;
      return /^https?:/.test(o) ? o : null;
    } catch (e) {
      return null;
    }
  }
  var passed = /(?:^#|&)biip-parent=([^&]*)/.exec(location.hash);
  var ancestors = location.ancestorOrigins;
  var parentOrigin = (passed && origin(passed[1], true)) ||
    (ancestors && ancestors.length && origin(ancestors[0])) || origin(document.referrer);
  if (!parentOrigin) return;

  var base = new URL('./', document.baseURI).pathname;
  function post(message) {
    message.protocol = P;
    message.version = 1;
    parent.postMessage(message, parentOrigin);
  }
  function currentEvent() {
    var m = location.pathname.indexOf(base) === 0 && /^events\/([^/]{1,100})\/?$/.exec(location.pathname.slice(base.length));
    return m && ID.test(m[1]) ? m[1] : null;
  }

  var height = -1;
  var event;
  function report() {
    if (!embedMode()) return;
    // Not scrollHeight: it never drops below the frame's own height.
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h !== height && h > 0) post({ type: 'height', height: (height = h) });
    var e = currentEvent();
    if (e !== event) post({ type: 'navigate', event: (event = e) });
  }
  function reportSoon() {
    setTimeout(report, 0);
  }
  if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
  if (window.navigation) navigation.addEventListener('currententrychange', reportSoon);
  else {
    addEventListener('popstate', reportSoon);
    addEventListener('click', function () {
      setTimeout(report, 50);
    });
  }

  // A link the router follows, replacing this frame's history entry (link.replace).
  addEventListener('message', function (m) {
    var d = m.data;
    if (m.source !== parent || m.origin !== parentOrigin || !d || d.protocol !== P || d.version !== 1 ||
      d.type !== 'open' || !(d.event === null || (typeof d.event === 'string' && d.event.length <= 100 && ID.test(d.event))) ||
      d.event === currentEvent()) return;
    var target = new URL(d.event ? 'events/' + d.event + '/' : './', document.baseURI);
    target.search = location.search;
    var link = document.createElement('a');
    link.href = target.href;
    link.replace = true;
    document.body.appendChild(link).click();
    link.remove();
  });

  report();
})();
