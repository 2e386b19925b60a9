package reverse

import "testing"

func check(t *testing.T, in, want string) {
	t.Helper()
	if got := Reverse(in); got != want {
		t.Errorf("Reverse(%q) = %q, want %q", in, got, want)
	}
}

func TestReversesAsciiWord(t *testing.T) { check(t, "stressed", "desserts") }

func TestEmptyStringStaysEmpty(t *testing.T) { check(t, "", "") }

func TestSingleCharacter(t *testing.T) { check(t, "a", "a") }

func TestKeepsSpacesAndPunctuation(t *testing.T) { check(t, "hi, you!", "!uoy ,ih") }

func TestAccentedLettersSurvive(t *testing.T) { check(t, "héllo", "olléh") }

func TestNonLatinScript(t *testing.T) { check(t, "привет", "тевирп") }

func TestEmojiSurvive(t *testing.T) { check(t, "go🙂!", "!🙂og") }

func TestReversingTwiceGivesOriginal(t *testing.T) {
	in := "añb€c"
	if got := Reverse(Reverse(in)); got != in {
		t.Errorf("Reverse(Reverse(%q)) = %q, want %q", in, got, in)
	}
}
