function median(values) {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort();
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) {
    return sorted[mid];
  }
  return (sorted[mid - 1] + sorted[mid]) / 2;
}

module.exports = { median };
