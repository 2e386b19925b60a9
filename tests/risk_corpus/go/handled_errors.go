// expect: none
package inventory

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Parse reads a count, looks a name up and reports the first letter.
func Parse(raw string, stock map[string]int, name string) (int, error) {
	n, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("bad count %q: %w", raw, err)
	}
	have, ok := stock[name]
	if !ok {
		return 0, fmt.Errorf("unknown item %s", name)
	}
	for i, _ := range raw {
		_ = i
	}
	first, _ := utf8.DecodeRuneInString(name)
	fmt.Println("first letter:", string(first))
	return have - n, nil
}
