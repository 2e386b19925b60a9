// The sum of the prices, exact to the cent.
function cartTotal(prices) {
  const cents = prices.reduce((sum, price) => sum + Math.round(price * 100), 0);
  return cents / 100;
}

// The amount as text, like "$3.10".
function formatPrice(amount) {
  return `$${amount.toFixed(2)}`;
}

module.exports = { cartTotal, formatPrice };
