// expect: none
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		panic("usage: greet NAME")
	}
	fmt.Println("Hello,", os.Args[1])
}
