// The sum of the amounts of the paid orders.
function paidTotal(orders) {
  return orders
    .filter((order) => order.status === "paid")
    .reduce((total, order) => total + order.amount);
}

// Names of customers with a paid order, once each, alphabetical.
function customersWhoPaid(orders) {
  return orders.map((order) => order.customer);
}

// The order with the largest amount, or undefined when there are none.
function largestOrder(orders) {
  return orders.reduce((best, order) => (order.amount > best.amount ? order : best));
}

module.exports = { paidTotal, customersWhoPaid, largestOrder };
