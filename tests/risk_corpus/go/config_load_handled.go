// expect: none
package config

import (
	"encoding/json"
	"fmt"
	"os"
)

// Config is the application's settings file.
type Config struct {
	Port int `json:"port"`
}

// Load reads and decodes the settings file.
func Load(path string) (Config, error) {
	var cfg Config
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return cfg, fmt.Errorf("decoding %s: %w", path, err)
	}
	for key := range map[string]bool{"port": true} {
		func() {
			f, err := os.Open(path)
			if err != nil {
				return
			}
			defer f.Close()
			fmt.Println("checked", key)
		}()
	}
	return cfg, nil
}
