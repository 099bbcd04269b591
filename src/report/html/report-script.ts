/**
 * The HTML report's script: progressive enhancement only — the report reads
 * completely without it. It shows the filter form and applies it, and it
 * turns each "In context" link of a finding into a side-by-side view: one
 * column per value cluster, each showing its source's text (copied from the
 * per-source view, so each text is in the file once) with every quote of
 * the finding highlighted in its cluster's colour. Plain ES5-level DOM
 * code; it makes no request and uses no `innerHTML`.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  var slice = function (list) { return Array.prototype.slice.call(list); };

  var form = doc.getElementById('filters');
  if (form) {
    var items = slice(doc.querySelectorAll('[data-finding]'));
    var status = doc.getElementById('filter-status');
    var apply = function () {
      var data = new FormData(form);
      var severities = data.getAll('severity');
      var rule = data.get('rule');
      var source = data.get('source');
      var review = data.get('review');
      var shown = 0;
      items.forEach(function (el) {
        var ok = severities.indexOf(el.getAttribute('data-severity')) >= 0 &&
          (!rule || el.getAttribute('data-rule') === rule) &&
          (!source || (' ' + el.getAttribute('data-sources') + ' ').indexOf(' ' + source + ' ') >= 0) &&
          (!review || el.getAttribute('data-review') === review);
        el.hidden = !ok;
        if (ok) shown += 1;
      });
      slice(doc.querySelectorAll('.filter-empty')).forEach(function (p) {
        var section = p.closest('section');
        p.hidden = !section || section.querySelector('[data-finding]:not([hidden])') !== null;
      });
      if (status) status.textContent = 'Showing ' + shown + ' of ' + items.length + ' findings.';
    };
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }

  var dialog = doc.getElementById('evidence');
  if (!dialog || typeof dialog.showModal !== 'function') return;
  var columns = dialog.querySelector('.evidence-columns');
  var title = doc.getElementById('evidence-title');
  var opener = null;
  var leaving = false;
  var TONES = 6;

  var cloneText = function (sourceAnchor) {
    var original = doc.getElementById(sourceAnchor + '-text');
    if (!original) return null;
    var copy = original.cloneNode(true);
    copy.removeAttribute('id');
    slice(copy.querySelectorAll('[id]')).forEach(function (el) {
      el.setAttribute('data-anchor', el.id);
      el.removeAttribute('id');
    });
    return copy;
  };

  var emphasize = function (copy, tones, current) {
    slice(copy.querySelectorAll('mark[data-hl]')).forEach(function (mark) {
      var tone = null;
      var isCurrent = false;
      mark.getAttribute('data-hl').split(' ').forEach(function (id) {
        if (tone === null && Object.prototype.hasOwnProperty.call(tones, id)) tone = tones[id];
        if (id === current) isCurrent = true;
      });
      if (tone !== null) { mark.classList.add('on'); mark.classList.add('tone-' + tone); }
      if (isCurrent) mark.classList.add('current');
    });
  };

  var scrollTo = function (view, highlight) {
    var anchor = view.querySelector('[data-anchor="' + highlight + '"]');
    if (anchor) view.scrollTop = Math.max(0, anchor.offsetTop - view.clientHeight / 3);
  };

  var groupsOf = function (card) {
    var groups = [];
    var distinct = function (links) {
      var seen = {};
      return links.filter(function (a) {
        var id = a.getAttribute('data-hl');
        if (Object.prototype.hasOwnProperty.call(seen, id)) return false;
        seen[id] = true;
        return true;
      });
    };
    slice(card.querySelectorAll('.evidence-group')).forEach(function (el) {
      var links = distinct(slice(el.querySelectorAll('a.evidence')));
      if (links.length > 0) groups.push({ title: el.getAttribute('data-title') || '', tone: Number(el.getAttribute('data-group')) % TONES, links: links });
    });
    var bySource = {};
    slice(card.querySelectorAll('.related a.evidence')).forEach(function (a) {
      var source = a.getAttribute('data-source');
      if (!Object.prototype.hasOwnProperty.call(bySource, source)) {
        var label = (a.getAttribute('data-label') || source).split(' · ')[0];
        bySource[source] = { title: 'Related words in ' + label, tone: groups.length % TONES, links: [] };
        groups.push(bySource[source]);
      }
      bySource[source].links.push(a);
    });
    groups.forEach(function (g) { g.links = distinct(g.links); });
    return groups;
  };

  var column = function (group, first, tones, pending) {
    var col = doc.createElement('section');
    col.className = 'evidence-column tone-' + group.tone;
    var heading = doc.createElement('h3');
    heading.textContent = group.title;
    col.appendChild(heading);
    var where = doc.createElement('p');
    where.className = 'evidence-where';
    col.appendChild(where);
    var buttons = [];
    if (group.links.length > 1) {
      var choices = doc.createElement('div');
      choices.className = 'evidence-choices';
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', 'Quotes of this value');
      group.links.forEach(function (a) {
        var button = doc.createElement('button');
        button.type = 'button';
        button.textContent = a.getAttribute('data-label');
        button.addEventListener('click', function () { show(a, true); });
        buttons.push({ button: button, link: a });
        choices.appendChild(button);
      });
      col.appendChild(choices);
    }
    var view = null;
    var show = function (a, now) {
      var copy = cloneText(a.getAttribute('data-source'));
      if (!copy) return;
      var highlight = a.getAttribute('data-hl');
      copy.setAttribute('aria-label', 'Source text: ' + a.getAttribute('data-label'));
      emphasize(copy, tones, highlight);
      if (view) col.replaceChild(copy, view); else col.appendChild(copy);
      view = copy;
      where.textContent = a.textContent.replace(/^In context: /, 'Source ') + (a.getAttribute('data-label').indexOf(' · ') > 0 ? ' · claim ' + a.getAttribute('data-label').split(' · ')[1] : '');
      buttons.forEach(function (b) { b.button.setAttribute('aria-pressed', b.link === a ? 'true' : 'false'); });
      if (now) scrollTo(copy, highlight); else pending.push(function () { scrollTo(copy, highlight); });
    };
    show(first, false);
    return col;
  };

  var open = function (card, link) {
    var groups = groupsOf(card);
    var tones = {};
    groups.forEach(function (g) {
      g.links.forEach(function (a) {
        var id = a.getAttribute('data-hl');
        if (!Object.prototype.hasOwnProperty.call(tones, id)) tones[id] = g.tone;
      });
    });
    var clickedId = link.getAttribute('data-hl');
    var clicked = groups.filter(function (g) { return g.links.indexOf(link) >= 0; })[0] ||
      groups.filter(function (g) { return g.links.some(function (a) { return a.getAttribute('data-hl') === clickedId; }); })[0];
    var first = clicked ? clicked.links.filter(function (a) { return a === link || a.getAttribute('data-hl') === clickedId; })[0] : null;
    var ordered = clicked ? [clicked].concat(groups.filter(function (g) { return g !== clicked; })) : groups;
    var heading = card.querySelector('h3');
    var named = card.getAttribute('data-title') || (heading ? heading.textContent : '');
    title.textContent = 'Evidence: ' + named.replace(/\\s+/g, ' ').trim();
    while (columns.firstChild) columns.removeChild(columns.firstChild);
    var pending = [];
    ordered.forEach(function (g) { columns.appendChild(column(g, g === clicked ? first : g.links[0], tones, pending)); });
    opener = link;
    leaving = false;
    dialog.showModal();
    pending.forEach(function (f) { f(); });
  };

  doc.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var target = event.target;
    var link = target && target.closest ? target.closest('a.evidence') : null;
    if (!link || dialog.open) return;
    var card = link.closest('[data-finding]');
    if (!card) return;
    event.preventDefault();
    open(card, link);
  });
  dialog.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('a[href^="#"]') : null;
    if (link) { leaving = true; dialog.close(); }
  });
  var close = dialog.querySelector('.evidence-close');
  if (close) close.addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('close', function () {
    if (opener && !leaving) opener.focus();
    opener = null;
  });
})();
`.trim();
