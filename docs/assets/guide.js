// Ladok-guiden, on every page. Small on purpose: it loads nothing else unless the page has a sandbox or a tool,
// and even then only when the reader opens it (or comes back to one they were working in).
// A classic script (MkDocs's extra_javascript), not a module: its names live in this block, in strict mode, where a
// function declared in a block belongs to the block, so that none of them becomes a global of the page.
"use strict";
{
  const root = new URL("../", document.currentScript.src); // the site's root: assets/ sits directly under it

  // The language switch keeps the reader on the same section: both versions of a page share their heading ids.
  function keepSection(event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (link && location.hash && location.hash.indexOf("#sandbox=") !== 0 && link.href.indexOf("#") < 0) {
      link.href = link.href + location.hash;
    }
  }

  // The skip link to the sandbox lands on what the reader came for: the button that opens it, or, once the sandbox
  // is open, the sandbox itself. One Tab and Enter from the top of a practice page, then Enter opens it.
  function skipToSandbox(event) {
    var link = event.target.closest && event.target.closest("a.md-skip[href='#ladok-sandbox']");
    var widget = link && document.getElementById("ladok-sandbox");
    if (!widget) return;
    event.preventDefault();
    var button = widget.querySelector(".ladok-open:not([hidden])");
    (button || widget).focus();
  }

  document.addEventListener("click", keepSection);
  document.addEventListener("click", skipToSandbox);

  // Opening a sandbox or tool, and starting its runtime at the first sign of intent: widgets.js. A page with a
  // tool may have loaded it already from its <head>, to open a linked tool before this script has run.
  function widgets() { return import(new URL("assets/widgets.js", root).href); }

  // The service worker keeps what the reader used, so a second visit starts from the cache and works offline.
  function keepForOffline() {
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        // This page and its files loaded before the worker could see them; ask it to keep them too.
        var urls = [location.href.split("#")[0]].concat(performance.getEntriesByType("resource").map(function (e) {
          return e.name;
        }));
        if (registration.active) registration.active.postMessage({ type: "keep", urls: urls });
      })
      .catch(function () { /* without a service worker the guide still works online */ });
  }

  if ("serviceWorker" in navigator && window.isSecureContext) keepForOffline();

  // Without widgets.js (a failed download), the widget says so where its button would be.
  function failed(widget, error) {
    var note = document.createElement("p");
    note.className = "ladok-error";
    note.setAttribute("role", "alert");
    note.textContent = widget.dataset.fail;
    widget.appendChild(note);
    console.warn(error);
  }

  // A table wider than the page scrolls; make its scroll area reachable and named for keyboard users.
  function scrollableTables() {
    var wraps = document.querySelectorAll(".md-typeset__scrollwrap");
    Array.prototype.forEach.call(wraps, function (wrap) {
      if (wrap.scrollWidth <= wrap.clientWidth) return;
      var heading = wrap.previousElementSibling;
      while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", heading ? heading.textContent.replace(/#$/, "").trim() : document.title);
    });
  }

  // On a phone a table stacks into cards (guide.css); each cell carries its column's name for that layout.
  function labelTableCells() {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__table table"), function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      if (!heads.length) return;
      Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (heads[i]) cell.setAttribute("data-label", heads[i]);
        });
      });
      table.setAttribute("data-stacked", "");
    });
    var figure = document.querySelector("figure.ladok-lifecycle");
    if (figure) {
      figure.setAttribute("tabindex", "0");
      figure.setAttribute("role", "region");
      figure.setAttribute("aria-label", figure.querySelector("figcaption").textContent);
    }
  }

  // Each widget prepared (widgets.js): its open button shown, the runtime started at the first sign the reader
  // means to use it. A sandbox opens at once when the address shares one or the reader has saved work in it; a
  // tool, when the address carries its inputs (?exam=…), so that it opens with the answer filled in. A tool its
  // page names in the <head> may be prepared already.
  function prepare(widget) {
    if (widget.dataset.prepared) return;
    var key = "ladok-guiden:sandbox:" + widget.dataset.scenario +
      (widget.dataset.task ? ":task:" + widget.dataset.task : "");
    var shared = location.hash.indexOf("#sandbox=") === 0;
    var saved = false;
    try { saved = widget.dataset.scenario && localStorage.getItem(key) !== null; } catch (e) { saved = false; }
    var auto = widget.classList.contains("ladok-sandbox") ? shared || saved : location.search.indexOf("=") > 0;
    widgets().then(function (m) { m.prepare(widget, auto); }).catch(function (error) { failed(widget, error); });
  }

  function setUp() {
    var selfcheck = document.querySelector(".ladok-selfcheck"); // the self-check page's questions and tasks
    if (selfcheck) import(new URL("assets/selfcheck.js", root).href).then(function (m) { m.mount(selfcheck); });
    labelTableCells();
    scrollableTables();
    Array.prototype.forEach.call(document.querySelectorAll(".ladok-sandbox, .ladok-tool"), prepare);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
}
