// A new cart with the item added, or its quantity increased.
function addItem(cart, name, qty) {
  const known = cart.items.some((item) => item.name === name);
  const items = known
    ? cart.items.map((item) => (item.name === name ? { ...item, qty: item.qty + qty } : item))
    : [...cart.items, { name, qty }];
  return { ...cart, items };
}

// A new cart where the item has the new quantity; 0 removes it.
function setQuantity(cart, name, qty) {
  const items = cart.items
    .map((item) => (item.name === name ? { ...item, qty } : item))
    .filter((item) => item.qty > 0);
  return { ...cart, items };
}

module.exports = { addItem, setQuantity };
