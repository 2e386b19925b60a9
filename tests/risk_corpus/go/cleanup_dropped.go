// expect: go-ignored-error
package workspace

import "os"

func writeReport(path string, data []byte) error {
	return os.WriteFile(path, data, 0o644)
}

// Refresh rewrites the report, dropping the scratch folder first.
func Refresh(dir string, data []byte) {
	os.RemoveAll(dir + "/scratch")
	writeReport(dir+"/report.txt", data)
}
