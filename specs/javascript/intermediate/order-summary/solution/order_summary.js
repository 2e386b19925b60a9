const isPaid = (order) => order.status === "paid";

// The sum of the amounts of the paid orders.
function paidTotal(orders) {
  return orders.filter(isPaid).reduce((total, order) => total + order.amount, 0);
}

// Names of customers with a paid order, once each, alphabetical.
function customersWhoPaid(orders) {
  const names = new Set(orders.filter(isPaid).map((order) => order.customer));
  return [...names].sort();
}

// The order with the largest amount, or undefined when there are none.
function largestOrder(orders) {
  if (orders.length === 0) {
    return undefined;
  }
  return orders.reduce((best, order) => (order.amount > best.amount ? order : best));
}

module.exports = { paidTotal, customersWhoPaid, largestOrder };
