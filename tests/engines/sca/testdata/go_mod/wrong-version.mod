module example.com/m

go 9.99

require github.com/gin-gonic/gin v1.6.3
