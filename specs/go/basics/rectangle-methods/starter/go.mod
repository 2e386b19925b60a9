module rect

go 1.19
