// Runs in the page: what a person reads (visible text nodes, placeholders, labels), and the page's width.
// Returns { scrollWidth, innerWidth, texts: [ "..." ] }. In an English page, text inside an element marked
// lang="zh-CN" (a record kept in Chinese, a legal citation, a name) is Chinese on purpose and is left out.
() => {
  const english = document.documentElement.lang.startsWith('en');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEMPLATE']);
  const texts = [];
  const visible = el => {
    for (let e = el; e; e = e.parentElement) {
      if (skip.has(e.tagName) || e.getAttribute('translate') === 'no') return false;
      if (english && e !== document.documentElement && (e.getAttribute('lang') || '').startsWith('zh')) return false;
    }
    if (el.tagName === 'OPTION') return true;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue.trim();
    if (t && n.parentElement && visible(n.parentElement)) texts.push(t);
  }
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], img[alt], input[type=submit], input[type=button]')) {
    if (!visible(el)) continue;
    for (const a of ['placeholder', 'title', 'aria-label', 'alt']) {
      const v = el.getAttribute(a);
      if (v && v.trim()) texts.push(v.trim());
    }
    if (el.tagName === 'INPUT' && el.value) texts.push(el.value.trim());
  }
  texts.push(document.title);
  return { scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth, texts };
}
