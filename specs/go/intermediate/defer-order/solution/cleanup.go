package cleanup

// Process opens each named resource in order and closes them all with defer.
// It returns the event log, for example for ["db", "cache"]:
//
//	["open db", "open cache", "close cache", "close db"]
func Process(names []string) (log []string) {
	log = []string{}
	for _, name := range names {
		log = append(log, "open "+name)
		defer func(name string) { log = append(log, "close "+name) }(name)
	}
	return log
}
