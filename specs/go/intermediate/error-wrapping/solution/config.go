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
		return nil, fmt.Errorf("config %s: %w", name, ErrNotFound)
	}
	settings := map[string]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		key, value, found := strings.Cut(line, "=")
		n, err := strconv.Atoi(strings.TrimSpace(value))
		if !found || strings.TrimSpace(key) == "" || err != nil {
			return nil, &ParseError{File: name, Line: i + 1}
		}
		settings[strings.TrimSpace(key)] = n
	}
	return settings, nil
}
