module largest

go 1.19
