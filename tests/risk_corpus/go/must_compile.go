// expect: none
package validate

import (
	"fmt"
	"regexp"
)

var email = MustCompile(`^[^@]+@[^@]+$`)

// MustCompile panics on a bad pattern, the Go convention for package-level setup.
func MustCompile(pattern string) *regexp.Regexp {
	re, err := regexp.Compile(pattern)
	if err != nil {
		panic(fmt.Sprintf("bad pattern %q: %v", pattern, err))
	}
	return re
}

func init() {
	if email == nil {
		panic("email pattern missing")
	}
}

// Email reports whether s looks like an address.
func Email(s string) bool { return email.MatchString(s) }
