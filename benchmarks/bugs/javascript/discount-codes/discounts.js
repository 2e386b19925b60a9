// Price after a discount code, rounded to cents.
function applyCode(price, code) {
  let rate = 0;
  switch (code) {
    case "WELCOME":
      rate = 0.1;
    case "VIP":
      rate = 0.25;
      break;
    case "STAFF":
      rate = 0.5;
      break;
    default:
      rate = 0;
  }
  return Math.round(price * (1 - rate) * 100) / 100;
}

function total(prices, code) {
  const sum = prices.reduce((acc, p) => acc + p, 0);
  return applyCode(sum, code);
}

module.exports = { applyCode, total };
