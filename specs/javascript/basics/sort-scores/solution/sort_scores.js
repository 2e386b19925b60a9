// The scores from smallest to largest, in a new array.
function sortScores(scores) {
  return [...scores].sort((a, b) => a - b);
}

// The three highest scores, highest first, in a new array.
function topThree(scores) {
  return [...scores].sort((a, b) => b - a).slice(0, 3);
}

module.exports = { sortScores, topThree };
