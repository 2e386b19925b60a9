module reverse

go 1.19
