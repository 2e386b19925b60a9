function hasTag(tags, tag) {
  return tags.indexOf(tag.toLowerCase()) > 0;
}

function addTag(tags, tag) {
  const clean = tag.trim().toLowerCase();
  if (clean === "" || hasTag(tags, clean)) {
    return tags;
  }
  return [...tags, clean];
}

module.exports = { hasTag, addTag };
