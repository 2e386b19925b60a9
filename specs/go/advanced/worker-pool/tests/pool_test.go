package pool

import (
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func square(x int) int { return x * x }

func TestResultsKeepJobOrder(t *testing.T) {
	jobs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	want := []int{1, 4, 9, 16, 25, 36, 49, 64}
	if got := Run(jobs, 3, square); !reflect.DeepEqual(got, want) {
		t.Errorf("Run(%v, 3, square) = %v, want %v", jobs, got, want)
	}
}

func TestOrderHoldsWhenLaterJobsFinishFirst(t *testing.T) {
	jobs := []int{30, 20, 10, 0}
	slowFirst := func(ms int) int {
		time.Sleep(time.Duration(ms) * time.Millisecond)
		return ms
	}
	if got := Run(jobs, 4, slowFirst); !reflect.DeepEqual(got, jobs) {
		t.Errorf("Run(%v, 4, sleep) = %v, want %v", jobs, got, jobs)
	}
}

func TestNoJobs(t *testing.T) {
	if got := Run(nil, 2, square); len(got) != 0 {
		t.Errorf("Run(nil, 2, square) = %v, want []", got)
	}
}

func TestZeroWorkersMeansOne(t *testing.T) {
	want := []int{4, 9}
	if got := Run([]int{2, 3}, 0, square); !reflect.DeepEqual(got, want) {
		t.Errorf("Run([2 3], 0, square) = %v, want %v", got, want)
	}
}

func TestEveryJobRunsExactlyOnce(t *testing.T) {
	var calls int64
	count := func(x int) int { atomic.AddInt64(&calls, 1); return x }
	jobs := make([]int, 100)
	Run(jobs, 7, count)
	if calls != 100 {
		t.Errorf("Run(100 jobs, 7, f) called f %d times, want 100", calls)
	}
}

func TestNeverMoreThanWorkersAtOnce(t *testing.T) {
	var running, peak int64
	var mu sync.Mutex
	track := func(x int) int {
		now := atomic.AddInt64(&running, 1)
		mu.Lock()
		if now > peak {
			peak = now
		}
		mu.Unlock()
		time.Sleep(2 * time.Millisecond)
		atomic.AddInt64(&running, -1)
		return x
	}
	Run(make([]int, 30), 3, track)
	if peak > 3 {
		t.Errorf("Run(30 jobs, 3, f) ran %d jobs at once, want at most 3", peak)
	}
}

// Each job waits until all three have started: only a pool that really
// runs them at the same time can finish them (a slow job gives up after 2s).
func TestJobsRunConcurrently(t *testing.T) {
	var arrived sync.WaitGroup
	arrived.Add(3)
	allHere := make(chan struct{})
	go func() { arrived.Wait(); close(allHere) }()
	meet := func(x int) int {
		arrived.Done()
		select {
		case <-allHere:
			return x
		case <-time.After(2 * time.Second):
			return -1
		}
	}
	want := []int{1, 2, 3}
	if got := Run([]int{1, 2, 3}, 3, meet); !reflect.DeepEqual(got, want) {
		t.Errorf("Run([1 2 3], 3, meet) = %v, want %v (the jobs did not run at the same time)", got, want)
	}
}
