// Timeline interactivity: filters apply as soon as they change; a chart mark and its list item light up together.
// The page works without this file (the filter form has a button; marks are links to their items).
"use strict";

(function () {
  const form = document.getElementById("timeline-filters");
  if (form) {
    form.querySelectorAll("select").forEach(function (select) {
      select.addEventListener("change", function () {
        // Empty fields are left out of the URL, so it stays short and shareable.
        form.querySelectorAll("select, input").forEach(function (field) { field.disabled = !field.value; });
        form.submit();
      });
    });
    // Coming back to the page from the history: the fields must be usable again.
    window.addEventListener("pageshow", function () {
      form.querySelectorAll("select, input").forEach(function (field) { field.disabled = false; });
    });
  }

  function light(id, on) {
    document.querySelectorAll('[data-event="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("hover", on);
    });
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      const el = event.target.closest && event.target.closest("[data-event]");
      if (el) light(el.dataset.event, true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      const el = event.target.closest && event.target.closest("[data-event]");
      if (el) light(el.dataset.event, false);
    });
  });
})();
