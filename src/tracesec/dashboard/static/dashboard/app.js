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

  // Findings list: the bulk bar shows only with a selection; "select all on this page".
  function bulkSelection() {
    return document.querySelectorAll('input[name="ids"][form="bulk-form"]');
  }
  function showBulkBar() {
    var bar = document.getElementById("bulk-form");
    if (!bar) {
      return;
    }
    var chosen = Array.prototype.filter.call(bulkSelection(), function (box) {
      return box.checked;
    }).length;
    bar.classList.toggle("has-selection", chosen > 0);
    // "Select all N matching" once the whole page is selected; unselecting a row drops it
    var whole = chosen > 0 && chosen === bulkSelection().length;
    var matching = bar.querySelector("[data-select-matching]");
    if (!whole) {
      bar.classList.remove("all-matching");
    }
    var all = bar.classList.contains("all-matching");
    if (matching) {
      matching.hidden = all || !whole;
    }
    var count = bar.querySelector("[data-selected-count]");
    if (count && all) {
      count.textContent = "All " + matching.getAttribute("data-total") + " matching findings selected";
    } else if (count) {
      count.textContent = chosen === 1 ? "1 finding selected" : chosen + " findings selected";
    }
  }
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-select-matching]") : null;
    var bar = document.getElementById("bulk-form");
    if (button && bar) {
      bar.classList.add("all-matching");
      showBulkBar();
      bar.querySelector("[data-apply-matching]").focus();
    }
  });

  // Findings filter bar: one dropdown open at a time; Escape or a click elsewhere closes it,
  // and closing a dropdown whose choices changed applies them (Apply does it without JS).
  function openFacets() {
    return document.querySelectorAll("[data-filter-bar] details.facet[open]");
  }
  function choices(details) {
    return Array.prototype.map
      .call(details.querySelectorAll('input[type="checkbox"]'), function (box) {
        return box.checked ? "1" : "0";
      })
      .join("");
  }
  document.addEventListener(
    "toggle",
    function (event) {
      var details = event.target;
      if (!(details instanceof HTMLDetailsElement) || !details.closest("[data-filter-bar]")) {
        return;
      }
      if (details.open) {
        details.setAttribute("data-before", choices(details));
        openFacets().forEach(function (other) {
          if (other !== details) {
            other.open = false;
          }
        });
      } else if (
        details.hasAttribute("data-before") &&
        details.getAttribute("data-before") !== choices(details)
      ) {
        details.removeAttribute("data-before");
        details.closest("form").requestSubmit();
      }
    },
    true // toggle does not bubble
  );
  document.addEventListener("click", function (event) {
    if (!(event.target instanceof Element)) {
      return;
    }
    var target = event.target;
    openFacets().forEach(function (details) {
      if (!details.contains(target)) {
        details.open = false;
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    var details =
      event.key === "Escape" && event.target instanceof Element
        ? event.target.closest("[data-filter-bar] details.facet[open]")
        : null;
    if (details) {
      event.preventDefault();
      details.open = false;
      details.querySelector("summary").focus();
    }
  });
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el instanceof HTMLInputElement && el.hasAttribute("data-select-page")) {
      bulkSelection().forEach(function (box) {
        box.checked = el.checked;
      });
    }
    if (el instanceof HTMLInputElement && el.type === "checkbox") {
      showBulkBar();
    }
  });
  document.addEventListener("DOMContentLoaded", showBulkBar);

  // Findings list keyboard shortcuts: / search, j/k move, x select, i ignore, ? help.
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-testid="finding-row"]'));
  }
  function current() {
    return document.querySelector('[data-testid="finding-row"].is-current');
  }
  function move(step) {
    var all = rows();
    if (!all.length) {
      return;
    }
    var at = all.indexOf(current());
    var next = all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))];
    all.forEach(function (row) {
      row.classList.remove("is-current");
    });
    next.classList.add("is-current");
    var link = next.querySelector("a");
    if (link) {
      link.focus();
    }
  }
  function currentBox() {
    var row = current();
    return row ? row.querySelector('input[name="ids"]') : null;
  }
  var keys = {
    "/": function () {
      var search = document.getElementById("f-q");
      if (search) {
        search.focus();
        search.select();
      }
    },
    j: function () {
      move(1);
    },
    k: function () {
      move(-1);
    },
    x: function () {
      var box = currentBox();
      if (box) {
        box.checked = !box.checked;
        showBulkBar();
      }
    },
    i: function () {
      var box = currentBox();
      var operation = document.getElementById("bulk-op");
      if (box && operation) {
        box.checked = true;
        showBulkBar();
        operation.value = "ignore";
        document.getElementById("bulk-reason").focus();
      }
    },
    "?": function () {
      var help = document.getElementById("shortcut-help");
      if (help && typeof help.showModal === "function") {
        if (help.open) {
          help.close();
        } else {
          help.showModal();
        }
      }
    },
  };
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing =
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLElement && target.isContentEditable);
    if (typing || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (!document.querySelector('[data-testid="findings-table"]') || !keys[event.key]) {
      return;
    }
    event.preventDefault();
    keys[event.key]();
  });

  // Schedule forms: the weekday matters only for a weekly schedule, so it is shown only then
  // (without JavaScript its label says "weekly only").
  function showWeekday(form) {
    var frequency = form.querySelector('select[name="frequency"]');
    var weekday = form.querySelector('select[name="weekday"]');
    if (!frequency || !weekday || !weekday.parentElement) {
      return;
    }
    weekday.parentElement.hidden = frequency.value !== "weekly";
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form").forEach(showWeekday);
  });
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.name === "frequency" && target.form) {
      showWeekday(target.form);
    }
  });
})();
