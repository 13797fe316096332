/* Conversation mode (R3.5): client-side step navigation and the timer.
 *
 * The current step and the time spent on each step are kept in localStorage per interview,
 * so a reload (or the section editors' own requests) never loses them. Time counts only
 * between the recorded start and end of the interview. No text is built here: labels come
 * from data attributes the template translated.
 */
(function () {
  "use strict";

  function pad(n) { return (n < 10 ? "0" : "") + n; }

  function clock(ms) {
    var total = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    return (h ? h + ":" + pad(m) : pad(m)) + ":" + pad(s);
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
          setText('[data-timer="step-planned"]', clock(planned), false);
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

    show(state.step);
    if (running() && !ended) { window.setInterval(tick, 1000); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
