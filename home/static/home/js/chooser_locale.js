// wagtail-localize's translation editor opens its page chooser at window.chooserUrls.pageChooser
// (which it sets only when nothing did before), without the language Wagtail's own choosers ask
// for: the chooser listed every language's pages. Ask it for the language being edited
// (ACTIVE_CONTENT_LOCALE, home/context_processors.py).
(() => {
  const urls = JSON.parse(document.currentScript.dataset.choosers);
  const config = document.getElementById("wagtail-config");
  const locale = config && JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE;
  if (locale && window.chooserUrls === undefined) {
    const query = new URLSearchParams({ locale });
    window.chooserUrls = { ...urls, pageChooser: `${urls.pageChooser}?${query}` };
  }
})();
