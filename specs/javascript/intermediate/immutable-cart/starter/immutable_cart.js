// A new cart with the item added, or its quantity increased.
function addItem(cart, name, qty) {
  const copy = { ...cart };
  copy.items.push({ name, qty });
  return copy;
}

// A new cart where the item has the new quantity; 0 removes it.
function setQuantity(cart, name, qty) {
  const copy = { ...cart, items: [...cart.items] };
  const item = copy.items.find((entry) => entry.name === name);
  item.qty = qty;
  return copy;
}

module.exports = { addItem, setQuantity };
