// expect: none
// Known limitation: Lookup (from another package) returns a bool last, which the heuristic cannot see.
package plugins

import "example.com/app/registry"

// Name returns the plugin's display name, or its id when it has none.
func Name(id string) string {
	name, _ := registry.Lookup(id)
	if name == "" {
		return id
	}
	return name
}
