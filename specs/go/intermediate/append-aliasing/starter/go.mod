module tags

go 1.19
