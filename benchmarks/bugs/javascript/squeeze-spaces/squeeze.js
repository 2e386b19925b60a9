// Collapse runs of spaces into one and trim both ends.
function squeeze(text) {
  let pos = text.indexOf("  ");
  while (pos !== -1) {
    text = text.replace("  ", " ");
  }
  return text.trim();
}

module.exports = { squeeze };
