/*
 * WhatMatters web chat: talks to /api/conversations and draws the chat.
 *
 * Rules kept on purpose:
 * - Every piece of text goes into the page with textContent or text nodes,
 *   never innerHTML, so nothing a person (or the server) sends can become HTML.
 * - No inline scripts, styles or event attributes, so a strict
 *   Content-Security-Policy (script-src 'self'; style-src 'self') works.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'whatmatters.conversation';
  var API = '/api/conversations';
  var MAX_CHARS = 2000;
  var NEAR_CHARS = 1800;
  var TIMEOUT_MS = 30000;

  var TEXT = {
    youSaid: 'You said: ',
    weSaid: 'WhatMatters said: ',
    helpHeading: 'Help is available now',
    notSent: 'Sorry, that did not send. Please try again.',
    notStarted: 'Sorry, the chat did not start. Please check your internet and try again.',
    notLoaded: 'Sorry, we could not load your chat. Please check your internet and try again.',
    notFound: 'Sorry, we could not find your chat. Please start again.',
    empty: 'Please type a message first.',
    tooLong: 'Your message is too long. Please make it shorter, or send it in two parts.',
    tryAgain: 'Try again',
    confirmRestart: 'Start a new chat?\n\nThis chat will be cleared from this screen.',
    doneHeading: 'This chat has finished',
    doneText: 'Thank you for your answers. You can close this page now.',
    endedHeading: 'This chat has ended',
    endedText: 'You can close this page now. If you want to talk again, press Start again.',
    alreadyEnded: 'This chat has already ended.'
  };

  var el = {
    skip: document.getElementById('skip-link'),
    scroller: document.getElementById('scroller'),
    log: document.getElementById('log'),
    typing: document.getElementById('typing'),
    closing: document.getElementById('closing'),
    closingHeading: document.getElementById('closing-heading'),
    closingText: document.getElementById('closing-text'),
    error: document.getElementById('error'),
    quick: document.getElementById('quick'),
    quickButtons: document.getElementById('quick-buttons'),
    form: document.getElementById('send-form'),
    input: document.getElementById('message'),
    send: document.getElementById('send'),
    counter: document.getElementById('counter'),
    counterLive: document.getElementById('counter-live'),
    restartTop: document.getElementById('restart-top'),
    restartEnd: document.getElementById('restart-end')
  };

  var conversation = null; // { id, token }
  var finished = false;
  var busy = false;
  var currentOptions = [];
  var counterZone = 'ok';
  var lastPointer = 'mouse';
  // Bumped on every (re)start so that a late answer for an old chat is ignored.
  var generation = 0;

  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');

  /* ---------------- storage ---------------- */

  function loadSaved() {
    try {
      var raw = window.localStorage.getItem(STORAGE_KEY);
      if (!raw) {
        return null;
      }
      var value = JSON.parse(raw);
      if (value && typeof value.id === 'string' && typeof value.token === 'string' && value.id && value.token) {
        return { id: value.id, token: value.token };
      }
    } catch (e) {
      // Storage blocked or bad JSON: behave as if nothing was saved.
    }
    clearSaved();
    return null;
  }

  function save(c) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ id: c.id, token: c.token }));
    } catch (e) {
      // Private browsing can refuse storage; the chat still works, it just will not resume.
    }
  }

  function clearSaved() {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Nothing to do.
    }
  }

  /* ---------------- HTTP ---------------- */

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
  }

  function NetworkError(cause) {
    this.cause = cause;
  }

  function request(method, url, body, token) {
    var headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;

    return fetch(url, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.text().then(function (raw) {
        var data = null;
        if (raw) {
          try {
            data = JSON.parse(raw);
          } catch (e) {
            data = null;
          }
        }
        if (!response.ok) {
          throw new ApiError(response.status, data);
        }
        if (!data || typeof data !== 'object') {
          // A 2xx without our JSON (a proxy page, say) is as good as no answer.
          throw new NetworkError(new Error('Unexpected response'));
        }
        return data;
      });
    }, function (cause) {
      throw new NetworkError(cause);
    }).finally(function () {
      if (timer) {
        window.clearTimeout(timer);
      }
    });
  }

  function conversationUrl(id) {
    return API + '/' + encodeURIComponent(id);
  }

  /* ---------------- drawing ---------------- */

  function textOf(value) {
    return typeof value === 'string' ? value : '';
  }

  function makeBubble(prefix, text) {
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    var hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = prefix;
    bubble.appendChild(hidden);
    bubble.appendChild(document.createTextNode(text));
    return bubble;
  }

  function addMessage(direction, text, pending) {
    var item = document.createElement('div');
    var mine = direction === 'IN';
    item.className = 'msg ' + (mine ? 'msg--in' : 'msg--out') + (pending ? ' msg--pending' : '');
    item.appendChild(makeBubble(mine ? TEXT.youSaid : TEXT.weSaid, text));
    el.log.appendChild(item);
    return item;
  }

  // live: true for a new reply (role="alert" makes screen readers say it at once);
  // false when redrawing an old chat, so a reload does not shout old alerts.
  function addSafetyPanel(texts, live) {
    var item = document.createElement('div');
    item.className = 'msg msg--safety';
    var panel = document.createElement('div');
    panel.className = 'safety';
    if (live) {
      panel.setAttribute('role', 'alert');
    }
    var heading = document.createElement('h2');
    heading.className = 'safety__heading';
    heading.textContent = TEXT.helpHeading;
    panel.appendChild(heading);
    texts.forEach(function (text) {
      var p = document.createElement('p');
      p.className = 'safety__text';
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = TEXT.weSaid;
      p.appendChild(hidden);
      p.appendChild(document.createTextNode(text));
      panel.appendChild(p);
    });
    item.appendChild(panel);
    el.log.appendChild(item);
    return item;
  }

  function showOptions(options) {
    currentOptions = Array.isArray(options) ? options.filter(function (o) {
      return typeof o === 'string' && o.trim() !== '';
    }) : [];
    while (el.quickButtons.firstChild) {
      el.quickButtons.removeChild(el.quickButtons.firstChild);
    }
    if (!currentOptions.length || finished) {
      el.quick.hidden = true;
      return;
    }
    currentOptions.forEach(function (option) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--outline';
      button.textContent = option;
      button.disabled = busy;
      button.addEventListener('click', function () {
        sendText(option, 'quick');
      });
      el.quickButtons.appendChild(button);
    });
    el.quick.hidden = false;
  }

  function hideOptions() {
    el.quick.hidden = true;
  }

  function clearError() {
    while (el.error.firstChild) {
      el.error.removeChild(el.error.firstChild);
    }
  }

  function showError(message, retry) {
    clearError();
    var p = document.createElement('p');
    p.textContent = message;
    el.error.appendChild(p);
    if (retry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--outline';
      button.textContent = TEXT.tryAgain;
      button.addEventListener('click', function () {
        clearError();
        retry();
      });
      el.error.appendChild(button);
    }
  }

  function problemText(err, fallback) {
    var p = err && err.problem;
    if (p && typeof p.detail === 'string' && p.detail.trim()) {
      return p.detail;
    }
    if (p && typeof p.title === 'string' && p.title.trim()) {
      return p.title;
    }
    return fallback;
  }

  function setBusy(value) {
    busy = value;
    el.send.disabled = value || finished;
    el.typing.hidden = !value;
    Array.prototype.forEach.call(el.quickButtons.querySelectorAll('button'), function (b) {
      b.disabled = value;
    });
    if (value) {
      scrollToShow(el.typing);
    }
  }

  function isScrollFrame() {
    var style = window.getComputedStyle(el.scroller);
    return style.overflowY === 'auto' || style.overflowY === 'scroll';
  }

  // Scroll to the end of the chat, but never so far that the top of `first`
  // (the first new thing) goes out of view: long help text is read from its start.
  function scrollToShow(first) {
    var behavior = reduceMotion && reduceMotion.matches ? 'auto' : 'smooth';
    var margin = 16;
    if (isScrollFrame()) {
      var frame = el.scroller;
      var bottom = frame.scrollHeight - frame.clientHeight;
      var target = bottom;
      if (first) {
        var top = first.getBoundingClientRect().top - frame.getBoundingClientRect().top + frame.scrollTop - margin;
        target = Math.min(bottom, top);
      }
      frame.scrollTo({ top: Math.max(0, target), behavior: behavior });
    } else {
      var doc = document.documentElement;
      var pageBottom = doc.scrollHeight - window.innerHeight;
      var pageTarget = pageBottom;
      if (first) {
        var pageTop = first.getBoundingClientRect().top + window.pageYOffset - margin;
        pageTarget = Math.min(pageBottom, pageTop);
      }
      window.scrollTo({ top: Math.max(0, pageTarget), behavior: behavior });
    }
  }

  function focusInput() {
    if (!finished && !el.input.disabled) {
      el.input.focus();
    }
  }

  /* ---------------- message box and counter ---------------- */

  function updateCounter() {
    var length = el.input.value.length;
    var zone = length > MAX_CHARS ? 'over' : (length >= NEAR_CHARS ? 'near' : 'ok');
    if (zone === 'ok') {
      el.counter.hidden = true;
      el.counter.textContent = '';
    } else if (zone === 'near') {
      var left = MAX_CHARS - length;
      el.counter.textContent = left === 1 ? '1 letter or space left' : left + ' letters or spaces left';
      el.counter.classList.remove('counter--over');
      el.counter.hidden = false;
    } else {
      var over = length - MAX_CHARS;
      el.counter.textContent = 'Too long by ' + over + (over === 1 ? ' letter or space' : ' letters or spaces') + '. Please make it shorter.';
      el.counter.classList.add('counter--over');
      el.counter.hidden = false;
    }
    // Speak only when the zone changes, not on every key press.
    if (zone !== counterZone) {
      counterZone = zone;
      el.counterLive.textContent = zone === 'ok' ? '' : el.counter.textContent;
    }
  }

  function setFinished(state, moveFocus, heading, text) {
    finished = true;
    el.input.disabled = true;
    el.send.disabled = true;
    hideOptions();
    el.closingHeading.textContent = heading || (state === 'COMPLETED' ? TEXT.doneHeading : TEXT.endedHeading);
    el.closingText.textContent = text || (state === 'COMPLETED' ? TEXT.doneText : TEXT.endedText);
    el.closing.hidden = false;
    scrollToShow(el.closing);
    if (moveFocus) {
      el.closing.focus();
    }
  }

  function resetScreen() {
    finished = false;
    busy = false;
    currentOptions = [];
    while (el.log.firstChild) {
      el.log.removeChild(el.log.firstChild);
    }
    clearError();
    hideOptions();
    el.closing.hidden = true;
    el.typing.hidden = true;
    el.input.disabled = false;
    el.send.disabled = false;
    el.input.value = '';
    updateCounter();
  }

  /* ---------------- conversation ---------------- */

  // When a response carries a safety flag, the service always puts the fixed
  // help text first: that reply goes in the help panel, and the rest (the
  // conversation carrying on) are ordinary bubbles under it.
  function showReplies(data, live) {
    var replies = Array.isArray(data.replies) ? data.replies : [];
    var first = null;
    if (data.safety && replies.length) {
      first = addSafetyPanel([textOf(replies[0] && replies[0].text)], live);
      replies.slice(1).forEach(function (r) {
        addMessage('OUT', textOf(r && r.text));
      });
    } else {
      replies.forEach(function (r) {
        var item = addMessage('OUT', textOf(r && r.text));
        first = first || item;
      });
    }
    var lastReply = replies.length ? replies[replies.length - 1] : null;
    showOptions(lastReply && lastReply.options);
    return first;
  }

  function handleState(state, moveFocus) {
    if (state === 'COMPLETED' || state === 'ENDED') {
      setFinished(state, moveFocus);
      return true;
    }
    return false;
  }

  function start(moveFocus) {
    var mine = ++generation;
    resetScreen();
    clearSaved();
    conversation = null;
    setBusy(true);
    request('POST', API, {}).then(function (data) {
      if (mine !== generation) {
        return;
      }
      if (typeof data.id !== 'string' || typeof data.token !== 'string') {
        throw new NetworkError(new Error('No id in answer'));
      }
      conversation = { id: data.id, token: data.token };
      save(conversation);
      setBusy(false);
      var first = showReplies(data, true);
      if (!handleState(data.state, moveFocus)) {
        scrollToShow(first);
        if (moveFocus) {
          focusInput();
        }
      }
    }).catch(function (err) {
      if (mine !== generation) {
        return;
      }
      setBusy(false);
      var message = err instanceof ApiError && err.status < 500 ? problemText(err, TEXT.notStarted) : TEXT.notStarted;
      showError(message, function () { start(true); });
    });
  }

  function resume(saved) {
    var mine = ++generation;
    resetScreen();
    conversation = saved;
    setBusy(true);
    request('GET', conversationUrl(saved.id), undefined, saved.token).then(function (data) {
      if (mine !== generation) {
        return;
      }
      setBusy(false);
      var messages = Array.isArray(data.messages) ? data.messages : [];
      // Drawing a whole old chat at once: tell screen readers to wait, so they
      // do not read every old message out as if it were new.
      el.log.setAttribute('aria-busy', 'true');
      messages.forEach(function (m) {
        if (!m) {
          return;
        }
        if (m.direction === 'OUT' && m.safety) {
          // The fixed help text sent after a safety concern.
          addSafetyPanel([textOf(m.text)], false);
        } else {
          addMessage(m.direction === 'IN' ? 'IN' : 'OUT', textOf(m.text));
        }
      });
      el.log.removeAttribute('aria-busy');
      if (!handleState(data.state, false)) {
        showOptions(data.options);
        // Show the latest thing said from its start.
        scrollToShow(el.log.lastElementChild);
      }
    }).catch(function (err) {
      if (mine !== generation) {
        return;
      }
      setBusy(false);
      if (err instanceof ApiError && (err.status === 404 || err.status === 401 || err.status === 403)) {
        // Wrong or old token, or the chat was removed: begin a fresh one.
        clearSaved();
        start(false);
        return;
      }
      showError(TEXT.notLoaded, function () { resume(saved); });
    });
  }

  function sendText(raw, source) {
    if (busy || finished || !conversation) {
      return;
    }
    var text = String(raw);
    if (!text.trim()) {
      showError(TEXT.empty);
      focusInput();
      return;
    }
    if (text.length > MAX_CHARS) {
      showError(TEXT.tooLong);
      focusInput();
      return;
    }

    var mine = generation;
    var current = conversation;
    var keepFocusOff = source === 'quick' && lastPointer === 'touch';
    clearError();
    var bubble = addMessage('IN', text, true);
    var optionsBefore = currentOptions.slice();
    hideOptions();
    if (source === 'input') {
      el.input.value = '';
      updateCounter();
    }
    // Keep keyboard users in the message box; on a phone, a tapped answer
    // should not pop the keyboard up over the next question.
    if (!keepFocusOff) {
      focusInput();
    }
    setBusy(true);

    request('POST', conversationUrl(current.id) + '/messages', { text: text }, current.token).then(function (data) {
      if (mine !== generation) {
        return;
      }
      bubble.classList.remove('msg--pending');
      setBusy(false);
      var first = showReplies(data, true);
      if (!handleState(data.state, true)) {
        scrollToShow(first);
        if (!keepFocusOff) {
          focusInput();
        }
      }
    }).catch(function (err) {
      if (mine !== generation) {
        return;
      }
      setBusy(false);
      bubble.parentNode.removeChild(bubble);

      if (err instanceof ApiError && err.status === 409) {
        setFinished('ENDED', true, TEXT.endedHeading, TEXT.alreadyEnded + ' ' + TEXT.endedText);
        return;
      }
      if (err instanceof ApiError && (err.status === 404 || err.status === 401 || err.status === 403)) {
        clearSaved();
        conversation = null;
        setFinished('ENDED', true, TEXT.endedHeading, TEXT.notFound);
        return;
      }

      // Give the words back so nothing typed is lost.
      if (source === 'input') {
        el.input.value = el.input.value ? text + '\n' + el.input.value : text;
        updateCounter();
      }
      showOptions(optionsBefore);
      if (err instanceof ApiError && err.status === 400) {
        showError(problemText(err, TEXT.notSent));
      } else {
        showError(TEXT.notSent);
      }
      focusInput();
    });
  }

  function restart() {
    if (!window.confirm(TEXT.confirmRestart)) {
      return;
    }
    start(true);
  }

  /* ---------------- events ---------------- */

  el.form.addEventListener('submit', function (event) {
    event.preventDefault();
    sendText(el.input.value, 'input');
  });

  el.input.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) {
      return;
    }
    // Enter sends; Shift+Enter falls through and adds a new line.
    event.preventDefault();
    if (!busy) {
      sendText(el.input.value, 'input');
    }
  });

  el.input.addEventListener('input', function () {
    updateCounter();
    if (el.error.firstChild && el.input.value.trim() && el.input.value.length <= MAX_CHARS) {
      // The person is fixing things; the old warning has done its job.
      if (el.error.querySelector('button') === null) {
        clearError();
      }
    }
  });

  document.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType || 'mouse';
  }, true);
  document.addEventListener('keydown', function () {
    lastPointer = 'keyboard';
  }, true);

  el.skip.addEventListener('click', function (event) {
    event.preventDefault();
    if (!el.input.disabled) {
      el.input.focus();
    } else if (!el.closing.hidden) {
      el.restartEnd.focus();
    }
  });

  el.restartTop.addEventListener('click', restart);
  el.restartEnd.addEventListener('click', restart);

  /* ---------------- go ---------------- */

  var saved = loadSaved();
  if (saved) {
    resume(saved);
  } else {
    start(false);
  }
}());
