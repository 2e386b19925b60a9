module closures

go 1.19
