// In wagtail-localize's translation editor, each glossary term found in the French of a
// segment is marked, with the English it takes. The terms come from the editor's page
// (wording/templatetags/glossary_marks.py). The editor is a React app that renders segments
// after the page loads and again as the translator works: marks are added to each French text
// as it appears.
(() => {
  const editor = document.querySelector(".js-translation-editor");
  const data = document.getElementById("glossary-terms");
  if (!editor || !data) return;
  const { label, terms } = JSON.parse(data.textContent);
  if (!terms.length) return;
  // The longest first, so that a term inside a longer one is not marked instead of it.
  terms.sort(([a], [b]) => b.length - a.length);

  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Whole words, whatever the case, as the server's check finds them (wording/glossary.py).
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(${terms.map(([french]) => escape(french)).join("|")})(?![\\p{L}\\p{N}_])`,
    "giu",
  );
  const english = new Map(terms.map(([french, english]) => [french.toLowerCase(), english]));

  const mark = (text) => {
    const found = text.nodeValue.split(pattern);
    if (found.length === 1) return;
    const parts = document.createDocumentFragment();
    found.forEach((part, index) => {
      if (index % 2 === 0) {
        if (part) parts.append(part);
        return;
      }
      const term = document.createElement("mark");
      term.dataset.glossaryTerm = "";
      term.title = `${label}: ${english.get(part.toLowerCase())}`;
      term.append(part);
      const said = document.createElement("span");
      said.className = "w-sr-only";
      said.textContent = ` (${term.title})`;
      parts.append(term, said);
    });
    text.replaceWith(parts);
  };

  // The French of a segment is the first paragraph of its list item.
  const markSegments = () => {
    editor.querySelectorAll("li > p:first-child:not([data-glossary-checked])").forEach((french) => {
      french.dataset.glossaryChecked = "";
      const walker = document.createTreeWalker(french, NodeFilter.SHOW_TEXT);
      const texts = [];
      while (walker.nextNode()) texts.push(walker.currentNode);
      texts.forEach(mark);
    });
  };
  markSegments();
  new MutationObserver(markSegments).observe(editor, { childList: true, subtree: true });
})();
