try {
  var t = localStorage.getItem('traza-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch {
  // Storage blocked: the page keeps the system theme.
}
