/*! Birmingham Improvement Panel timeline: the embed snippet. Turns every
 *    <div data-biip-timeline data-filter="tag=finance" data-event="<event id>"></div>
 *  into an iframe of the timeline that takes the height of its content, and mirrors the event
 *  a reader opens into this page's fragment (#biip=<id>), so this page's address reopens it.
 *  Optional: data-title (the iframe's title), data-history="push" (a history entry per event
 *  opened; the default replaces), data-key (the fragment key; default biip, biip-2, …).
 *  What the host passes in is validated and only ever reaches the iframe's address through URL
 *  APIs, never as markup. Protocol: docs/embedding.md. */
(function () {
  'use strict';
  var PROTOCOL = 'biip-timeline';
  var VERSION = 1;
  var EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var MAX_ID = 100;
  var KEY = /^[a-z][a-z0-9-]{0,31}$/;
  // The filter keys the timeline understands (README, "Links: every view is a URL").
  var FILTER_KEYS = ['q', 'tag', 'person', 'org', 'kind', 'source', 'from', 'to', 'sort'];
  var MAX_FILTER = 2000;
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 100000;
  var DEFAULT_TITLE = 'Birmingham Improvement Panel timeline';

  // A page that pastes the snippet twice loads this file twice: the first copy does the work.
  if (window.BiipTimelineEmbed) {
    window.BiipTimelineEmbed.mountAll();
    return;
  }
  var script = document.currentScript;
  if (!script || !script.src || !window.URL || !window.URLSearchParams) return;
  var base = new URL('./', script.src);
  var siteOrigin = base.origin;

  function isEventId(value) {
    return typeof value === 'string' && value.length <= MAX_ID && EVENT_ID.test(value);
  }

  // ---- the host page's fragment: `&`-separated parts, ours being `<key>=<event id>` ----

  function fragmentParts() {
    var hash = location.hash.replace(/^#/, '');
    return hash ? hash.split('&') : [];
  }

  function readFragment(key) {
    var parts = fragmentParts();
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].slice(0, key.length + 1) === key + '=') {
        var value = parts[i].slice(key.length + 1);
        return isEventId(value) ? value : null;
      }
    }
    return null;
  }

  // Sets or removes our part, keeping every other part as it was and where it was.
  function writeFragment(key, id, push) {
    var parts = fragmentParts();
    var kept = [];
    var placed = false;
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].slice(0, key.length + 1) === key + '=') {
        if (id && !placed) kept.push(key + '=' + id);
        placed = true;
      } else {
        kept.push(parts[i]);
      }
    }
    if (id && !placed) kept.push(key + '=' + id);
    var hash = kept.length ? '#' + kept.join('&') : '';
    if (hash === location.hash || (!hash && !location.hash)) return;
    // Without a fragment the address must still change: the path and query alone do that.
    var url = location.pathname + location.search + hash;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  // ---- the iframe ----

  // Only the timeline's own filter keys, re-encoded by URLSearchParams; never `embed`.
  function filterParams(text) {
    var given = new URLSearchParams(String(text || '').slice(0, MAX_FILTER));
    var params = new URLSearchParams();
    given.forEach(function (value, key) {
      if (FILTER_KEYS.indexOf(key) >= 0) params.append(key, value);
    });
    return params;
  }

  function frameUrl(filter, eventId) {
    var url = new URL(eventId ? 'events/' + eventId + '/' : './', base);
    var params = new URLSearchParams(filter);
    params.set('embed', '1');
    url.search = params.toString();
    // Tells the frame where to send its messages (see docs/embedding.md).
    if (/^https?:$/.test(location.protocol)) {
      url.hash = 'biip-parent=' + encodeURIComponent(location.origin);
    }
    return url.href;
  }

  var embeds = [];
  var usedKeys = {};

  function keyFor(host, index) {
    var wanted = host.getAttribute('data-key');
    var key = wanted && KEY.test(wanted) ? wanted : index === 0 ? 'biip' : 'biip-' + (index + 1);
    for (var n = 2; usedKeys[key]; n++) key = (wanted && KEY.test(wanted) ? wanted : 'biip') + '-' + n;
    usedKeys[key] = true;
    return key;
  }

  function mount(host, index) {
    if (host.getAttribute('data-biip-mounted')) return;
    host.setAttribute('data-biip-mounted', '1');
    var key = keyFor(host, index);
    var filter = filterParams(host.getAttribute('data-filter'));
    var requested = host.getAttribute('data-event');
    var opened = readFragment(key) || (isEventId(requested) ? requested : null);
    var iframe = document.createElement('iframe');
    iframe.src = frameUrl(filter, opened);
    iframe.title = host.getAttribute('data-title') || DEFAULT_TITLE;
    iframe.loading = 'lazy';
    // The timeline needs scripts and its own origin; popups for "Open the full timeline".
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    iframe.style.cssText = 'display:block;width:100%;height:480px;border:0;';
    host.appendChild(iframe);
    embeds.push({
      iframe: iframe,
      key: key,
      filter: filter,
      push: host.getAttribute('data-history') === 'push',
      // The event on screen as last reported (or as opened): only a change is mirrored.
      event: opened,
      // Whether the frame's page has spoken yet, so it listens.
      ready: false,
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-biip-timeline]');
    for (var i = 0; i < hosts.length; i++) mount(hosts[i], i);
  }

  // ---- messages from the frames ----

  function isHeight(data) {
    return typeof data.height === 'number' && isFinite(data.height) && data.height > 0 && data.height <= MAX_HEIGHT;
  }

  window.addEventListener('message', function (message) {
    if (message.origin !== siteOrigin) return;
    var embed = null;
    for (var i = 0; i < embeds.length; i++) {
      if (embeds[i].iframe.contentWindow === message.source) embed = embeds[i];
    }
    var data = message.data;
    if (!embed || !data || typeof data !== 'object' || data.protocol !== PROTOCOL || data.version !== VERSION) return;
    embed.ready = true;
    if (data.type === 'height' && isHeight(data)) {
      embed.iframe.style.height = Math.max(MIN_HEIGHT, Math.ceil(data.height)) + 'px';
    } else if (data.type === 'navigate' && (data.event === null || isEventId(data.event))) {
      if (data.event === embed.event) return;
      embed.event = data.event;
      writeFragment(embed.key, data.event, embed.push);
      // The reader opened something new: show its top if it is above the window.
      if (embed.iframe.getBoundingClientRect().top < 0) embed.iframe.scrollIntoView();
    }
  });

  // The host's back and forward buttons, or an edited fragment: show the event it names.
  function followFragment() {
    for (var i = 0; i < embeds.length; i++) {
      var embed = embeds[i];
      var wanted = readFragment(embed.key);
      if (wanted === embed.event) continue;
      embed.event = wanted;
      if (embed.ready && embed.iframe.contentWindow) {
        embed.iframe.contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, type: 'open', event: wanted }, siteOrigin);
      } else {
        // Still loading, not listening yet: load the event instead.
        embed.iframe.src = frameUrl(embed.filter, wanted);
      }
    }
  }
  window.addEventListener('hashchange', followFragment);
  window.addEventListener('popstate', followFragment);

  window.BiipTimelineEmbed = { mountAll: mountAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
