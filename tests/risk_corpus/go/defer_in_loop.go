// expect: go-defer-in-loop
package logs

import (
	"bufio"
	"os"
)

// CountLines counts the lines in every file.
func CountLines(paths []string) (int, error) {
	total := 0
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		scanner := bufio.NewScanner(f)
		for scanner.Scan() {
			total++
		}
	}
	return total, nil
}
