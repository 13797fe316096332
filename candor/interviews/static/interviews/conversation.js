/* Conversation mode (R3.5): client-side step navigation, the timer, and the section
 * editors loaded after the page.
 *
 * The current step and the time spent on each step are kept in localStorage per interview,
 * so a reload (or the section editors' own requests) never loses them. Time counts only
 * between the recorded start and end of the interview. No text is built here: labels and
 * formats come from data attributes the template translated.
 *
 * The editors load one after another (HTMX, [data-loader]). Starting or ending the talk
 * waits until none is loading, so the page is never left while a load is under way; a
 * load that fails says so with a retry button instead of "loading" forever.
 */
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // "%(m)s 分 %(s)s 秒" with the values filled in.
  function format(template, values) {
    return (template || "").replace(/%\((\w+)\)s/g, function (all, name) {
      return values[name] === undefined ? all : String(values[name]);
    });
  }

  function init() {
    var root = document.getElementById("conversation");
    if (!root) { return; }
    var key = "candor:conversation:" + root.dataset.interview;
    var started = root.dataset.started ? Date.parse(root.dataset.started) : null;
    var ended = root.dataset.ended ? Date.parse(root.dataset.ended) : null;
    var duration = parseInt(root.dataset.duration, 10) * 60000;
    var target = parseInt(root.dataset.solutionTarget, 10);
    var overText = root.dataset.textOver || "";
    function clock(ms) {
      var total = Math.max(0, Math.floor(ms / 1000));
      var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
      return h ? format(root.dataset.formatHms, {h: h, m: pad(m), s: pad(s)})
               : format(root.dataset.formatMs, {m: m, s: pad(s)});
    }
    var items = Array.prototype.slice.call(root.querySelectorAll("[data-step]"));
    var panels = Array.prototype.slice.call(root.querySelectorAll("[data-step-panel]"));
    var order = items.map(function (li) { return li.dataset.step; });
    if (!order.length) { return; }

    var state;
    try { state = JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { state = null; }
    if (!state || order.indexOf(state.step) < 0) { state = {step: order[0], spent: {}, since: null}; }
    state.spent = state.spent || {};

    function now() { return ended ? Math.min(Date.now(), ended) : Date.now(); }
    function running() { return started !== null && Date.now() >= started; }

    function save() {
      try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* private mode */ }
    }

    // Bring the running step's clock up to `at`, so time is never counted twice.
    function settle(at) {
      if (!running()) { state.since = null; return; }
      // An ended interview opened without this browser's record: nothing to attribute.
      if (ended && (state.since === null || state.since === undefined)) { return; }
      var since = state.since === null || state.since === undefined ? started : Math.max(state.since, started);
      if (at > since) { state.spent[state.step] = (state.spent[state.step] || 0) + (at - since); }
      state.since = ended ? ended : at;
    }

    function show(step) {
      settle(now());
      state.step = step;
      save();
      panels.forEach(function (p) { p.hidden = p.dataset.stepPanel !== step; });
      showNotes();
      items.forEach(function (li) {
        var active = li.dataset.step === step;
        li.classList.toggle("active", active);
        li.setAttribute("aria-current", active ? "step" : "false");
      });
      tick();
    }

    function spentNow(step) {
      var ms = state.spent[step] || 0;
      if (step === state.step && running() && !ended && state.since) { ms += Date.now() - state.since; }
      return ms;
    }

    function setText(selector, text, over) {
      var el = root.querySelector(selector);
      if (!el) { return; }
      el.textContent = text;
      el.classList.toggle("text-danger", !!over);
    }

    function tick() {
      var all = 0, solution = 0;
      items.forEach(function (li) {
        var ms = spentNow(li.dataset.step);
        var planned = parseInt(li.dataset.minutes, 10) * 60000;
        all += ms;
        if (li.dataset.solution === "1") { solution += ms; }
        var label = root.querySelector('[data-step-spent="' + li.dataset.step + '"]');
        if (label) {
          label.textContent = ms ? clock(ms) + (ms > planned ? " " + overText : "") : "";
          label.classList.toggle("text-danger", ms > planned);
        }
        if (li.dataset.step === state.step) {
          setText('[data-timer="step"]', clock(ms), ms > planned);
          setText('[data-timer="step-planned"]',
                  format(root.dataset.formatPlanned, {n: li.dataset.minutes}), false);
        }
      });
      if (started !== null) {
        var elapsed = now() - started;
        setText('[data-timer="elapsed"]', clock(elapsed) + (elapsed > duration ? " " + overText : ""),
                elapsed > duration);
      }
      if (all > 0) {
        var share = Math.round(solution * 100 / all);
        // Judged only once half of the time has passed: the first steps are not solutions.
        setText('[data-timer="solution"]', share + "%", all > duration / 2 && share < target - 10);
      }
    }

    items.forEach(function (li) {
      li.addEventListener("click", function () { show(li.dataset.step); });
      li.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(li.dataset.step); }
      });
    });
    root.addEventListener("click", function (e) {
      var button = e.target.closest("[data-go]");
      if (!button) { return; }
      var i = order.indexOf(state.step) + (button.dataset.go === "next" ? 1 : -1);
      if (i >= 0 && i < order.length) {
        show(order[i]);
        window.scrollTo({top: root.offsetTop, behavior: "smooth"});
      }
    });
    root.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); return; }
        settle(now());
        save();
      });
    });

    // The notes editor keeps one box per agenda step; only the current step's is shown.
    function showNotes() {
      root.querySelectorAll("[data-note-step]").forEach(function (box) {
        box.hidden = box.dataset.noteStep !== state.step;
      });
    }

    var loaders = Array.prototype.slice.call(root.querySelectorAll("[data-loader]"));

    function loading(loader) { return !!loader.querySelector("[data-loading]"); }

    function editorsSettled() {
      var busy = loaders.some(loading);
      root.querySelectorAll("[data-needs-editors]").forEach(function (button) {
        button.disabled = busy;
      });
      root.querySelectorAll("[data-editors-wait]").forEach(function (note) { note.hidden = !busy; });
    }

    function failed(loader) {
      var box = document.createElement("div");
      box.className = "alert alert-danger py-2 small d-flex align-items-center gap-2";
      box.setAttribute("role", "alert");
      box.setAttribute("data-load-failed", "");
      var text = document.createElement("span");
      text.textContent = root.dataset.textLoadFailed || "";
      var retry = document.createElement("button");
      retry.type = "button";
      retry.className = "btn btn-sm btn-outline-danger";
      retry.textContent = root.dataset.textRetry || "";
      retry.addEventListener("click", function () {
        var wait = document.createElement("div");
        wait.className = "small text-muted";
        wait.setAttribute("data-loading", "");
        wait.textContent = root.dataset.textLoading || "";
        loader.replaceChildren(wait);
        editorsSettled();
        window.htmx.trigger(loader, "retry");
      });
      box.appendChild(text);
      box.appendChild(retry);
      loader.replaceChildren(box);
      editorsSettled();
    }

    function onLoadError(e) {
      var loader = e.detail && e.detail.elt;
      if (loader && loaders.indexOf(loader) >= 0) { failed(loader); }
    }
    root.addEventListener("htmx:responseError", onLoadError);
    root.addEventListener("htmx:sendError", onLoadError);
    root.addEventListener("htmx:timeout", onLoadError);
    root.addEventListener("htmx:afterSwap", function () { showNotes(); editorsSettled(); });

    show(state.step);
    editorsSettled();
    if (running() && !ended) { window.setInterval(tick, 1000); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
