// Offline use for the BIIP timeline, kept out of the wasm: registers the service worker (sw.js,
// written by the build step), says politely when the browser is offline, and offers a new
// build when one has been downloaded. The page never switches builds on its own: the new
// worker waits until the reader presses "Reload", then takes over and the page reloads once.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.URL) return;

  // Everything is resolved against the <base href>, so a sub-path deploy works.
  var base = document.baseURI;
  var workerUrl = new URL('sw.js', base).href;
  var scope = new URL('./', base).pathname;

  var region = null;
  var offlineNote = null;
  var updateNote = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Two polite live regions (role="status"), present from the start and empty until they have
  // something to say, so a change is announced; an empty one takes no room.
  function ensureRegion() {
    if (region) return region;
    region = el('div', 'pwa-status');

    offlineNote = el('p', 'pwa-note pwa-offline');
    offlineNote.setAttribute('role', 'status');
    offlineNote.setAttribute('data-testid', 'offline-status');

    updateNote = el('div', 'pwa-note pwa-update');
    updateNote.setAttribute('role', 'status');
    updateNote.setAttribute('data-testid', 'update-status');

    region.appendChild(offlineNote);
    region.appendChild(updateNote);
    document.body.appendChild(region);
    return region;
  }

  var OFFLINE_TEXT = 'You are offline. The timeline still works from this device.';
  function showOffline() {
    ensureRegion();
    var text = navigator.onLine === false ? OFFLINE_TEXT : '';
    if (offlineNote.textContent !== text) offlineNote.textContent = text;
  }

  var reloading = false;
  var accepted = false;
  function offerUpdate(worker) {
    ensureRegion();
    if (updateNote.firstChild) return;
    var button = el('button', 'pwa-reload', 'Reload');
    button.type = 'button';
    button.addEventListener('click', function () {
      accepted = true;
      button.disabled = true;
      worker.postMessage({ type: 'biip-skip-waiting' });
    });
    updateNote.appendChild(el('span', null, 'A new version is available.'));
    updateNote.appendChild(document.createTextNode(' '));
    updateNote.appendChild(button);
  }

  // Whether `worker` is this app's worker: it must answer the version handshake (sw.js's
  // 'biip-version' message) in time. An empty or cut-off sw.js installs like any script but
  // cannot answer.
  var HANDSHAKE_MS = 3000;
  function isOurs(worker) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      var timer = setTimeout(function () {
        resolve(false);
      }, HANDSHAKE_MS);
      channel.port1.onmessage = function (event) {
        clearTimeout(timer);
        var answer = event.data || {};
        resolve(answer.app === 'biip-timeline' && typeof answer.version === 'string');
      };
      try {
        worker.postMessage({ type: 'biip-version' }, [channel.port2]);
      } catch (error) {
        clearTimeout(timer);
        resolve(false);
      }
    });
  }

  // A worker that is not this app's is never offered and never takes over: the registration is
  // dropped (the page in hand keeps working), and the next visit registers sw.js afresh.
  var retired = false;
  function retire(registration) {
    retired = true;
    registration.unregister().catch(function () {});
  }

  // Asks `worker` who it is: one that is not this app's is retired; a new build that has
  // finished installing while another one controls this page is offered to the reader.
  function vet(registration, worker) {
    if (!worker || retired) return Promise.resolve();
    return isOurs(worker).then(function (ours) {
      if (retired) return;
      if (!ours) retire(registration);
      else if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
    });
  }

  function watchInstalling(registration, worker) {
    if (!worker) return;
    worker.addEventListener('statechange', function () {
      if (worker.state === 'installed') vet(registration, worker);
    });
  }

  function register() {
    return navigator.serviceWorker
      .register(workerUrl, { scope: scope, updateViaCache: 'none' })
      .then(function (registration) {
        vet(registration, registration.active);
        vet(registration, registration.waiting);
        watchInstalling(registration, registration.installing);
        registration.addEventListener('updatefound', function () {
          watchInstalling(registration, registration.installing);
        });
        // A tab left open looks for a new build whenever the reader comes back to it, not
        // only when a page loads.
        document.addEventListener('visibilitychange', function () {
          if (document.visibilityState !== 'visible' || !navigator.onLine || retired) return;
          registration.update().catch(function () {
            // Offline or the server is away: the next return tries again.
          });
        });
      });
  }

  function start() {
    showOffline();
    window.addEventListener('online', showOffline);
    window.addEventListener('offline', showOffline);

    // Reload once, and only when the reader asked for the new build.
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      if (!accepted || reloading) return;
      reloading = true;
      window.location.reload();
    });

    // A worker left waiting by an earlier visit is vetted before registering again: registering
    // would revive a registration an earlier visit retired.
    navigator.serviceWorker
      .getRegistration(scope)
      .then(function (existing) {
        return existing && existing.waiting ? vet(existing, existing.waiting) : undefined;
      })
      .then(function () {
        if (!retired) return register();
      })
      .catch(function () {
        // No worker (private mode, blocked storage): the site still works online.
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
