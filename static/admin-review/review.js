// Review page keys and text selection. Plain script, no build: the page works without it.
(function () {
  "use strict";
  function cards() { return Array.prototype.slice.call(document.querySelectorAll(".event-card[data-event]")); }
  var current = -1;
  function focusCard(i) {
    var list = cards();
    if (!list.length) return;
    current = Math.max(0, Math.min(i, list.length - 1));
    list.forEach(function (c) { c.classList.remove("current"); });
    var card = list[current];
    card.classList.add("current");
    card.focus();
    highlight(card.dataset.event);
  }
  function highlight(eventId) {
    document.querySelectorAll("mark.mention").forEach(function (m) {
      var on = (" " + m.dataset.events + " ").indexOf(" " + eventId + " ") >= 0;
      m.classList.toggle("active", on);
    });
    var first = document.getElementById("q" + eventId);
    if (first) first.scrollIntoView({ block: "nearest" });
  }
  function typing(el) { return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)); }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === "j") { focusCard(current + 1); e.preventDefault(); }
    else if (e.key === "k") { focusCard(current - 1); e.preventDefault(); }
    else if (current >= 0 && "psx".indexOf(e.key) >= 0) {
      var button = cards()[current].querySelector("button[data-key='" + e.key + "']");
      if (button) { button.click(); e.preventDefault(); }
    }
  });
  document.addEventListener("focusin", function (e) {
    var card = e.target.closest && e.target.closest(".event-card[data-event]");
    if (card) { current = cards().indexOf(card); highlight(card.dataset.event); }
  });
  // Selecting words in the article picks the sentence containing them in the "add an event" form.
  document.addEventListener("mouseup", function () {
    var text = document.getElementById("article-text");
    var select = document.getElementById("id_add-sentence");
    var sel = window.getSelection();
    if (!text || !select || !sel.rangeCount || sel.isCollapsed || !text.contains(sel.anchorNode)) return;
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
    var offset = range.toString().length;
    for (var i = 0; i < select.options.length; i++) {
      var span = select.options[i].value.split(":");
      if (+span[0] <= offset && offset < +span[1]) { select.selectedIndex = i; select.focus(); break; }
    }
  });
  // The headline preview: the card's values as they stand, through the server's headline rules (one place).
  var pending = {};
  function preview(form) {
    var card = form.closest(".event-card[data-event]");
    if (!card || !form.dataset.preview) return;
    var id = card.dataset.event, output = document.getElementById("headline-" + id);
    var data = new FormData(form);
    data.set("event", id);
    data.delete("action");
    clearTimeout(pending[id]);
    pending[id] = setTimeout(function () {
      fetch(form.dataset.preview, { method: "POST", body: data, credentials: "same-origin",
                                    headers: { "X-Requested-With": "fetch" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) { if (body && output) output.textContent = body.headline; })
        .catch(function () {});
    }, 150);
  }
  ["input", "change"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var form = e.target.closest && e.target.closest("form[data-preview]");
      if (form) preview(form);
    });
  });
  // Company suggestions: the names matching what the editor types fill the page's one datalist.
  var lookup = null;
  document.addEventListener("input", function (e) {
    var input = e.target;
    var list = document.getElementById("company-names");
    if (!input.matches || !input.matches("input[data-company-search]") || !list) return;
    clearTimeout(lookup);
    var q = input.value.trim();
    if (q.length < 2) return;
    lookup = setTimeout(function () {
      fetch(list.dataset.url + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (body) {
          list.replaceChildren.apply(list, body.results.map(function (c) {
            var option = document.createElement("option");
            option.value = c.name;
            return option;
          }));
        })
        .catch(function () {});
    }, 120);
  });
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-max-files]");
    if (!form) return;
    var input = form.querySelector("input[type=file]");
    form.addEventListener("submit", function (e) {
      var max = +form.dataset.maxFiles;
      if (input && input.files.length > max) {
        e.preventDefault();
        alert(input.files.length + " files chosen: at most " + max + " can be imported at once.");
      }
    });
  });
})();
