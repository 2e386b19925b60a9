module account

go 1.19
