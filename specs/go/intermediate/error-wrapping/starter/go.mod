module config

go 1.19
