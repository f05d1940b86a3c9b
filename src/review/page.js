(function () {
  "use strict";
  // Filtering reads data-* attributes and writes textContent only: article data never
  // reaches innerHTML.
  var arts = Array.prototype.slice.call(document.querySelectorAll("details.art"));
  var fc = document.getElementById("f-company");
  var fo = document.getElementById("f-outlet");
  var fr = document.getElementById("f-records");
  var shown = document.getElementById("shown");
  function norm(s) { return s.trim().toLowerCase(); }
  function apply() {
    var c = norm(fc.value), o = norm(fo.value), n = 0;
    arts.forEach(function (d) {
      var ok = (!c || d.dataset.companies.indexOf(c) >= 0) &&
        (!o || d.dataset.outlets.indexOf(o) >= 0) &&
        (!fr.checked || d.dataset.records !== "0");
      d.hidden = !ok;
      if (ok) { n++; }
    });
    shown.textContent = n + " of " + arts.length + " articles shown";
  }
  fc.addEventListener("input", apply);
  fo.addEventListener("input", apply);
  fr.addEventListener("change", apply);
  document.getElementById("f-clear").addEventListener("click", function () {
    fc.value = ""; fo.value = ""; fr.checked = false; apply();
  });
  Array.prototype.forEach.call(document.querySelectorAll("svg.chart g.bar[data-kind]"), function (g) {
    g.addEventListener("click", function () {
      (g.dataset.kind === "company" ? fc : fo).value = g.dataset.value;
      apply();
      document.getElementById("filters").scrollIntoView();
    });
  });
  // #article-id opens that article (links into the page survive re-generation).
  function openHash() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    arts.forEach(function (d) {
      if (id && d.dataset.id === id) { d.open = true; d.scrollIntoView(); }
    });
  }
  window.addEventListener("hashchange", openHash);
  openHash();
  apply();
  window.addEventListener("load", function () {
    document.getElementById("loadtime").textContent =
      arts.length + " articles; page ready in " + Math.round(performance.now()) + " ms";
  });
})();
