package fanin

import (
	"reflect"
	"sort"
	"testing"
	"time"
)

// source returns a channel that sends values and then closes.
func source(values ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range values {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

// drain reads out until it closes; it gives up after two seconds.
func drain(t *testing.T, out <-chan int) []int {
	t.Helper()
	got := []int{}
	timeout := time.After(2 * time.Second)
	for {
		select {
		case v, ok := <-out:
			if !ok {
				sort.Ints(got)
				return got
			}
			got = append(got, v)
		case <-timeout:
			t.Fatalf("Merge output was not closed within 2s; received %v so far", got)
			return nil
		}
	}
}

func TestMergesTwoInputs(t *testing.T) {
	got := drain(t, Merge(source(1, 3, 5), source(2, 4)))
	if want := []int{1, 2, 3, 4, 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("Merge([1 3 5], [2 4]) gave %v, want %v (in any order)", got, want)
	}
}

func TestSingleInput(t *testing.T) {
	got := drain(t, Merge(source(7, 8)))
	if want := []int{7, 8}; !reflect.DeepEqual(got, want) {
		t.Errorf("Merge([7 8]) gave %v, want %v", got, want)
	}
}

func TestNoInputsClosesAtOnce(t *testing.T) {
	if got := drain(t, Merge()); len(got) != 0 {
		t.Errorf("Merge() gave %v, want nothing", got)
	}
}

func TestEmptyInputsClose(t *testing.T) {
	if got := drain(t, Merge(source(), source())); len(got) != 0 {
		t.Errorf("Merge([], []) gave %v, want nothing", got)
	}
}

func TestKeepsDuplicates(t *testing.T) {
	got := drain(t, Merge(source(1, 1), source(1)))
	if want := []int{1, 1, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Merge([1 1], [1]) gave %v, want %v", got, want)
	}
}

func TestManyInputs(t *testing.T) {
	var inputs []<-chan int
	var want []int
	for i := 0; i < 20; i++ {
		inputs = append(inputs, source(i, 100+i))
		want = append(want, i, 100+i)
	}
	sort.Ints(want)
	if got := drain(t, Merge(inputs...)); !reflect.DeepEqual(got, want) {
		t.Errorf("Merge(20 inputs) gave %v, want %v", got, want)
	}
}

// A quiet first input must not hold back values from the others.
func TestSlowInputDoesNotBlockOthers(t *testing.T) {
	quiet := make(chan int)
	defer close(quiet)
	out := Merge(quiet, source(1, 2))
	for i := 0; i < 2; i++ {
		select {
		case <-out:
		case <-time.After(time.Second):
			t.Fatalf("Merge(quiet, [1 2]) delivered %d values while the first input was quiet, want 2", i)
		}
	}
}

// The output stays open until the last input closes.
func TestWaitsForLastInput(t *testing.T) {
	late := make(chan int)
	out := Merge(source(1), late)
	go func() {
		time.Sleep(20 * time.Millisecond)
		late <- 2
		close(late)
	}()
	if got, want := drain(t, out), []int{1, 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("Merge([1], late [2]) gave %v, want %v", got, want)
	}
}
