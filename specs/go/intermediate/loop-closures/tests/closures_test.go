package closures

import "testing"

func TestMultipliersCount(t *testing.T) {
	if got := len(Multipliers(4)); got != 4 {
		t.Errorf("len(Multipliers(4)) = %d, want 4", got)
	}
}

func TestZeroMultipliers(t *testing.T) {
	if got := len(Multipliers(0)); got != 0 {
		t.Errorf("len(Multipliers(0)) = %d, want 0", got)
	}
}

func TestFirstMultiplierIsIdentity(t *testing.T) {
	fs := Multipliers(3)
	if got := fs[0](10); got != 10 {
		t.Errorf("Multipliers(3)[0](10) = %d, want 10", got)
	}
}

func TestEachMultiplierKeepsItsOwnFactor(t *testing.T) {
	fs := Multipliers(5)
	for i, f := range fs {
		if got, want := f(7), 7*(i+1); got != want {
			t.Errorf("Multipliers(5)[%d](7) = %d, want %d", i, got, want)
		}
	}
}

func TestGreeterSaysHello(t *testing.T) {
	fs := Greeters([]string{"Ada"})
	if got := fs[0](); got != "hello, Ada" {
		t.Errorf("Greeters([Ada])[0]() = %q, want %q", got, "hello, Ada")
	}
}

func TestEachGreeterKeepsItsOwnName(t *testing.T) {
	names := []string{"Ada", "Grace", "Linus"}
	fs := Greeters(names)
	for i, f := range fs {
		if got, want := f(), "hello, "+names[i]; got != want {
			t.Errorf("Greeters(%v)[%d]() = %q, want %q", names, i, got, want)
		}
	}
}

func TestNoNamesNoGreeters(t *testing.T) {
	if got := len(Greeters(nil)); got != 0 {
		t.Errorf("len(Greeters(nil)) = %d, want 0", got)
	}
}
