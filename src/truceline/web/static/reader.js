// The reader's two aids: Select important (a toggle of the ranked highlights) and Read aloud (espeak-ng on the server).
// Reading works without this file; it only adds the toggle in place, speech, and linked hover of statement fragments.
"use strict";

(function () {
  const text = document.getElementById("report-text");
  if (!text) return;

  // -- Select important ------------------------------------------------------
  const toggle = document.getElementById("toggle-important");
  function setImportant(on) {
    text.classList.toggle("important", on);
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    toggle.setAttribute("href", on ? "?important=0" : "?important=1");
    const url = new URL(window.location.href);
    if (on) url.searchParams.set("important", "1"); else url.searchParams.delete("important");
    window.history.replaceState(null, "", url);
  }
  if (toggle) {
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      setImportant(!text.classList.contains("important"));
    });
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); toggle.click(); }
    });
  }

  // -- Statements: hovering one fragment (or its margin note) lights up all of it --
  function lightStatement(id, on) {
    document.querySelectorAll('[data-st="' + CSS.escape(id) + '"]').forEach(function (el) {
      el.classList.toggle("hover", on);
    });
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      const el = event.target.closest && event.target.closest("[data-st]");
      if (el) lightStatement(el.dataset.st, true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      const el = event.target.closest && event.target.closest("[data-st]");
      if (el) lightStatement(el.dataset.st, false);
    });
  });

  // -- Read aloud --------------------------------------------------------------
  const read = document.getElementById("read-aloud");
  const stop = document.getElementById("stop-reading");
  const status = document.getElementById("speech-status");
  if (!read) return;
  read.hidden = false;
  let audio = null;
  let audioUrl = null;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", !!isError);
  }

  function selectedText() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return "";
    const range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return "";
    const copy = range.cloneContents();
    copy.querySelectorAll(".ev-tag").forEach(function (tag) { tag.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function halt() {
    if (audio) { audio.pause(); audio = null; }
    if (audioUrl) { URL.revokeObjectURL(audioUrl); audioUrl = null; }
    stop.hidden = true;
    read.disabled = false;
  }

  stop.addEventListener("click", function () { halt(); say("Stopped."); read.focus(); });

  read.addEventListener("click", async function () {
    const words = selectedText();
    const body = words ? { text: words } : { article_id: read.dataset.article };
    halt();
    read.disabled = true;
    say(words ? "Preparing speech of the selection…" : "Preparing speech of the report…");
    try {
      const response = await fetch("/api/speech", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "audio/wav, application/json" },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        let message = "Read aloud failed (" + response.status + ").";
        try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
        say(message.charAt(0).toUpperCase() + message.slice(1), true);
        read.disabled = false;
        return;
      }
      audioUrl = URL.createObjectURL(await response.blob());
      audio = new Audio(audioUrl);
      audio.addEventListener("ended", function () { halt(); say("Finished reading."); });
      stop.hidden = false;
      say(words ? "Reading the selection." : "Reading the report.");
      await audio.play();
    } catch (error) {
      halt();
      say("Read aloud could not play: " + error.message, true);
    }
  });
})();
