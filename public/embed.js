/*! BIIP timeline embed snippet. Turns every
 *    <div data-biip-timeline data-filter="tag=finance" data-event="<event id>"></div>
 *  into an iframe of the timeline that sizes itself to its content, and mirrors the event a
 *  reader opens into this page's URL fragment (#biip=<id>) so the host page's link reopens it.
 *  Optional attributes: data-title (iframe title), data-history="push" (one history entry per
 *  event opened; the default replaces), data-key (the fragment key; default biip, then biip-2…).
 *  Nothing the host passes in is ever rendered as HTML. */
(function () {
  'use strict';
  var PROTOCOL = 'biip-timeline';
  var VERSION = 1;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('./', script.src);
  var siteOrigin = base.origin;

  function fragmentParts() {
    var hash = location.hash.replace(/^#/, '');
    return hash ? hash.split('&') : [];
  }

  function readFragment(key) {
    var parts = fragmentParts();
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (eq > 0 && parts[i].slice(0, eq) === key) {
        var value = '';
        try { value = decodeURIComponent(parts[i].slice(eq + 1)); } catch (e) { return null; }
        return ID.test(value) ? value : null;
      }
    }
    return null;
  }

  // Sets or removes our key in the fragment, keeping every other part as it was.
  function writeFragment(key, id, push) {
    var kept = fragmentParts().filter(function (part) { return part.split('=')[0] !== key; });
    if (id) kept.push(key + '=' + encodeURIComponent(id));
    var url = location.pathname + location.search + (kept.length ? '#' + kept.join('&') : '');
    if (url === location.pathname + location.search + location.hash) return;
    history[push ? 'pushState' : 'replaceState'](history.state, '', url || location.pathname);
  }

  function frameUrl(filter, eventId) {
    var path = eventId ? 'events/' + encodeURIComponent(eventId) + '/' : '';
    var url = new URL(path, base);
    var params = new URLSearchParams(filter || '');
    params.set('embed', '1');
    url.search = params.toString();
    return url.href;
  }

  function isMessage(data) {
    return data !== null && typeof data === 'object' && data.protocol === PROTOCOL && data.version === VERSION &&
      typeof data.type === 'string';
  }

  var embeds = [];

  function mount(host, index) {
    if (host.getAttribute('data-biip-mounted')) return;
    host.setAttribute('data-biip-mounted', '1');
    var key = host.getAttribute('data-key') || (index === 0 ? 'biip' : 'biip-' + (index + 1));
    if (!/^[a-z0-9-]{1,32}$/.test(key)) key = 'biip-' + (index + 1);
    var filter = host.getAttribute('data-filter') || '';
    var requested = host.getAttribute('data-event');
    var fromFragment = readFragment(key);
    var eventId = fromFragment || (requested && ID.test(requested) ? requested : null);
    var iframe = document.createElement('iframe');
    iframe.src = frameUrl(filter, eventId);
    iframe.title = host.getAttribute('data-title') || 'Birmingham Improvement Panel timeline';
    iframe.loading = 'lazy';
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'display:block;width:100%;min-width:280px;border:0;height:480px;overflow:hidden;';
    host.appendChild(iframe);
    embeds.push({ host: host, iframe: iframe, key: key, filter: filter, push: host.getAttribute('data-history') === 'push' });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== siteOrigin || !isMessage(event.data)) return;
    for (var i = 0; i < embeds.length; i++) {
      var embed = embeds[i];
      if (event.source !== embed.iframe.contentWindow) continue;
      var data = event.data;
      if (data.type === 'resize' && typeof data.height === 'number' && isFinite(data.height)) {
        var height = Math.max(120, Math.min(20000, Math.ceil(data.height)));
        embed.iframe.style.height = height + 'px';
      } else if (data.type === 'navigate' && (data.event === null || (typeof data.event === 'string' && ID.test(data.event)))) {
        writeFragment(embed.key, data.event, embed.push);
      }
      return;
    }
  });

  // The host's back/forward button or an edited fragment reopens the matching event.
  window.addEventListener('hashchange', function () {
    embeds.forEach(function (embed) {
      var id = readFragment(embed.key);
      var target = frameUrl(embed.filter, id);
      if (embed.iframe.contentWindow) {
        embed.iframe.contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, type: 'open', event: id, filter: embed.filter }, siteOrigin);
      } else {
        embed.iframe.src = target;
      }
    });
  });

  function mountAll() {
    var hosts = document.querySelectorAll('[data-biip-timeline]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i], i);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
