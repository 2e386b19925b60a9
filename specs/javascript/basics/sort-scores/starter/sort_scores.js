// The scores from smallest to largest, in a new array.
function sortScores(scores) {
  return scores.sort();
}

// The three highest scores, highest first, in a new array.
function topThree(scores) {
  return sortScores(scores).reverse().slice(0, 3);
}

module.exports = { sortScores, topThree };
