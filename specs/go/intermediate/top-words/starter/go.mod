module topwords

go 1.19
