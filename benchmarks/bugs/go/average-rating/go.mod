module ratings

go 1.19
