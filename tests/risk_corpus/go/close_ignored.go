// expect: go-ignored-error
package store

import "os"

// Save writes the data to path.
func Save(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	_ = f.Close()
	return nil
}
