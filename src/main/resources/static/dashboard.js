// WhatMatters dashboard: highlights the messages a plan item came from, and asks before
// irreversible actions. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  var live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(live);

    document.querySelectorAll('.evidence-button').forEach(function (button) {
      button.setAttribute('aria-controls', 'transcript');
      button.addEventListener('click', function () {
        var ids = (button.getAttribute('data-evidence') || '').split(/\s+/).filter(Boolean);
        document.querySelectorAll('.msg.highlight').forEach(function (m) { m.classList.remove('highlight'); });
        document.querySelectorAll('.item--active').forEach(function (i) { i.classList.remove('item--active'); });
        document.querySelectorAll('.evidence-button[aria-pressed]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
        var item = button.closest('.item');
        if (item) { item.classList.add('item--active'); }
        button.setAttribute('aria-pressed', 'true');
        var first = null;
        ids.forEach(function (id) {
          var m = document.getElementById('m-' + id);
          if (m) {
            m.classList.add('highlight');
            first = first || m;
          }
        });
        if (first) {
          first.scrollIntoView({ block: 'center', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
          first.focus({ preventScroll: true });
          live.textContent = 'Highlighted ' + ids.length + (ids.length === 1 ? ' message' : ' messages') + ' in the conversation.';
        } else {
          live.textContent = 'The messages for this item are not in this conversation.';
        }
      });
    });

    var confirmations = {
      approve: 'Approve this plan? It becomes read-only.',
      remove: 'Remove this item from the plan? The previous version is kept in the history.'
    };
    document.querySelectorAll('form').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var key = form.action.indexOf('/approve') >= 0 ? 'approve' : (submitter && submitter.value === 'remove' ? 'remove' : null);
        if (key && !window.confirm(confirmations[key])) {
          event.preventDefault();
        }
      });
    });
  });
})();
