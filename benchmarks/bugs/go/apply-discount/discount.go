package discount

type Item struct {
	Name  string
	Cents int
}

// ApplyDiscount lowers every price by percent (rounded down to a cent), in place.
func ApplyDiscount(items []Item, percent int) {
	for _, item := range items {
		item.Cents = item.Cents * (100 - percent) / 100
	}
}

// Total is the sum of the prices in cents.
func Total(items []Item) int {
	total := 0
	for i := 0; i < len(items); i++ {
		total += items[i].Cents
	}
	return total
}
