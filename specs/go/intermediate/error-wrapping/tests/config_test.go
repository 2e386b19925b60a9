package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

var files = map[string]string{
	"app.conf":   "port=8080\nworkers = 4\n",
	"blank.conf": "\n\nretries=3\n\n",
	"bad.conf":   "port=80\nworkers=many\n",
	"nokey.conf": "=5\n",
	"empty.conf": "",
}

func TestReadsSettings(t *testing.T) {
	got, err := Load(files, "app.conf")
	want := map[string]int{"port": 8080, "workers": 4}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Load(files, %q) = %v, %v; want %v, nil", "app.conf", got, err, want)
	}
}

func TestSkipsBlankLines(t *testing.T) {
	got, err := Load(files, "blank.conf")
	want := map[string]int{"retries": 3}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("Load(files, %q) = %v, %v; want %v, nil", "blank.conf", got, err, want)
	}
}

func TestEmptyFileHasNoSettings(t *testing.T) {
	got, err := Load(files, "empty.conf")
	if err != nil || len(got) != 0 {
		t.Errorf("Load(files, %q) = %v, %v; want empty map, nil", "empty.conf", got, err)
	}
}

func TestMissingFileWrapsErrNotFound(t *testing.T) {
	_, err := Load(files, "nope.conf")
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Load(files, %q) error = %v; want one where errors.Is(err, ErrNotFound)", "nope.conf", err)
	}
}

func TestMissingFileErrorNamesTheFile(t *testing.T) {
	_, err := Load(files, "nope.conf")
	if err == nil || !strings.Contains(err.Error(), "nope.conf") {
		t.Errorf("Load(files, %q) error = %v; want a message naming nope.conf", "nope.conf", err)
	}
}

func TestBadNumberIsParseErrorWithLine(t *testing.T) {
	_, err := Load(files, "bad.conf")
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Load(files, %q) error = %v; want a *ParseError", "bad.conf", err)
	}
	if pe.File != "bad.conf" || pe.Line != 2 {
		t.Errorf("Load(files, %q) ParseError = %+v; want File bad.conf, Line 2", "bad.conf", *pe)
	}
}

func TestMissingKeyIsParseError(t *testing.T) {
	_, err := Load(files, "nokey.conf")
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 1 {
		t.Errorf("Load(files, %q) error = %v; want a *ParseError for line 1", "nokey.conf", err)
	}
}

func TestParseErrorIsNotNotFound(t *testing.T) {
	_, err := Load(files, "bad.conf")
	if errors.Is(err, ErrNotFound) {
		t.Errorf("Load(files, %q) error = %v; a bad line must not look like a missing file", "bad.conf", err)
	}
}
