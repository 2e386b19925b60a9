module divide

go 1.19
