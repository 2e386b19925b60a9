module fanin

go 1.19
