package discount

import "testing"

func TestTotal(t *testing.T) {
	items := []Item{{"tea", 250}, {"cake", 400}}
	if got := Total(items); got != 650 {
		t.Errorf("Total = %d, want 650", got)
	}
}

func TestZeroPercentChangesNothing(t *testing.T) {
	items := []Item{{"tea", 250}}
	ApplyDiscount(items, 0)
	if items[0].Cents != 250 {
		t.Errorf("after 0%% off, tea costs %d, want 250", items[0].Cents)
	}
}

func TestTenPercentOff(t *testing.T) {
	items := []Item{{"tea", 250}, {"cake", 400}}
	ApplyDiscount(items, 10)
	if got := Total(items); got != 585 {
		t.Errorf("Total after 10%% off = %d, want 585", got)
	}
}
