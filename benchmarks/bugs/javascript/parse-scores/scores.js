// "12, 7, 30" -> [12, 7, 30]
function parseScores(line) {
  if (line.trim() === "") {
    return [];
  }
  return line.split(",").map(parseInt);
}

function best(line) {
  const scores = parseScores(line);
  return scores.length ? Math.max(...scores) : null;
}

module.exports = { parseScores, best };
