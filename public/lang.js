// Sets the page's language and title from ?lang= (else the browser's language) before the app starts, so that
// the document a screen reader or a browser's translator first meets already says which language it is in.
// A tiny external file, not an inline script: the Content-Security-Policy forbids inline scripts. The titles are
// the catalogue's ('title' · 'titleOther', src/lib/i18n/strings.ts); tests/i18n/lang-script.test.ts keeps them so.
(function () {
  try {
    var q = new URLSearchParams(location.search).get('lang');
    var nav = (navigator.language || 'es').toLowerCase();
    var lang = q === 'es' || q === 'en' ? q : nav.indexOf('es') === 0 ? 'es' : 'en';
    document.documentElement.lang = lang;
    document.title =
      lang === 'en'
        ? 'Peru Protest Atlas · Atlas de las protestas en el Perú'
        : 'Atlas de las protestas en el Perú · Peru Protest Atlas';
  } catch (e) {
    // Leave the served defaults (Spanish).
  }
})();
