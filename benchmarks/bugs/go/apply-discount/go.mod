module discount

go 1.19
