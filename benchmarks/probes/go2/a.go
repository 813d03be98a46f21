package api

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var allowedHosts = map[string]bool{"api.example.com": true}

func FetchA(c *gin.Context) {
	u, err := url.Parse(c.Query("url"))
	if err != nil {
		return
	}
	if !allowedHosts[u.Host] {
		return
	}
	http.Get(u.String())
}

func FetchB(c *gin.Context) {
	target := c.Query("url")
	if target == "" || !allowedHosts[target] {
		return
	}
	http.Get(target)
}

func FetchC(c *gin.Context) {
	target := c.Query("url")
	if !allowedHosts[target] {
		return
	}
	http.Get(target)
}

func FetchD(c *gin.Context) {
	target := c.Query("url")
	if target != "" && !allowedHosts[target] {
		return
	}
	http.Get(target)
}
