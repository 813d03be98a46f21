// Progressive enhancement only: every page works without JavaScript.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Theme: the system's (prefers-color-scheme) until the toggle picks one, kept in localStorage.
  var root = document.documentElement;
  var darkQuery = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  function storedTheme() {
    try {
      return window.localStorage.getItem("trace-theme");
    } catch (e) {
      return null;
    }
  }
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : Boolean(darkQuery && darkQuery.matches);
  }
  function showTheme() {
    var toggle = document.querySelector("[data-theme-toggle]");
    if (toggle) {
      toggle.setAttribute("aria-pressed", isDark() ? "true" : "false");
      toggle.textContent = isDark() ? "Light mode" : "Dark mode";
    }
  }
  if (storedTheme() === "dark" || storedTheme() === "light") {
    root.setAttribute("data-theme", storedTheme());
  }
  document.addEventListener("DOMContentLoaded", showTheme);
  document.addEventListener("click", function (event) {
    if (!(event.target instanceof Element) || !event.target.closest("[data-theme-toggle]")) {
      return;
    }
    var next = isDark() ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try {
      window.localStorage.setItem("trace-theme", next);
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
    showTheme();
  });

  // Organization switcher submits on change (a Switch button remains for no-JS users).
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el instanceof HTMLSelectElement && el.hasAttribute("data-autosubmit") && el.form) {
      el.form.requestSubmit();
    }
  });

  // Destructive forms ask first.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    }
  });

  // Copy buttons copy the text of the element they name (the text stays selectable without JS).
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-copy]") : null;
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = "Copied";
      });
    }
  });
})();
