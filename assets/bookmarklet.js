// tidyclip's bookmarklet. Puts the page on the clipboard (the selection when there is one, else
// the whole page) as HTML and as text, then opens a tidyclip://clip link with the page's address
// and title, which the OS hands to the tidyclip window. The page's content travels only through
// the clipboard; the link names where it came from.
//
// Kept readable: tidyclip turns this file into the javascript: link that Settings copies (comment
// lines and indentation dropped, so every statement ends with a semicolon).
(function () {
  var MAX_URL = 2048;
  var MAX_TITLE = 300;
  var selection = window.getSelection ? window.getSelection() : null;
  var html = '';
  var text = '';
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    var box = document.createElement('div');
    for (var i = 0; i < selection.rangeCount; i++) {
      box.appendChild(selection.getRangeAt(i).cloneContents());
    }
    html = box.innerHTML;
    text = selection.toString();
  } else {
    html = document.documentElement.outerHTML;
    text = document.body ? document.body.innerText : '';
  }
  var onCopy = function (event) {
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  };
  var copied = false;
  document.addEventListener('copy', onCopy, true);
  try {
    copied = document.execCommand('copy');
  } catch (e) {
    copied = false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
  if (!copied) {
    window.alert('tidyclip: this page did not let the bookmarklet use the clipboard. Select the article, copy it, and paste it into tidyclip.');
    return;
  }
  var address = String(location.href).slice(0, MAX_URL);
  var title = String(document.title || '').slice(0, MAX_TITLE);
  location.href = 'tidyclip://clip?url=' + encodeURIComponent(address) + '&title=' + encodeURIComponent(title);
})();
