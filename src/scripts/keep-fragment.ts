// Pages whose content lives in the URL fragment (an assignment link, a certificate's receipt):
// the language switch keeps the fragment, so switching language does not lose what is shown.
const sync = () => {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-choice]')) link.hash = location.hash;
};
sync();
window.addEventListener('hashchange', sync);
