module example.com/m

require golang.org/x/net
