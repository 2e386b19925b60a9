// expect: go-ignored-error
package weather

import (
	"io"
	"net/http"
)

// Today downloads the forecast page.
func Today(url string) string {
	resp, _ := http.Get(url)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return ""
	}
	return string(body)
}
