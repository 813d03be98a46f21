package api

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

var db *sql.DB

type Req struct{ Name string }

func A(w http.ResponseWriter, r *http.Request) {
	var body Req
	json.NewDecoder(r.Body).Decode(&body)
	db.Query("SELECT '" + body.Name + "'") // VULN 19
}

func B(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	var body Req
	json.Unmarshal(data, &body)
	db.Query("SELECT '" + body.Name + "'") // VULN 28
}

func C(c *gin.Context) {
	var body Req
	if err := c.ShouldBindJSON(&body); err != nil {
		return
	}
	db.Query("SELECT '" + body.Name + "'") // VULN 36
}

func D(w http.ResponseWriter, r *http.Request) {
	var body Req
	json.NewDecoder(r.Body).Decode(&body)
	db.Query("SELECT 1") // SAFE
	var cfg Req
	json.Unmarshal([]byte(`{"Name":"x"}`), &cfg)
	db.Query("SELECT '" + cfg.Name + "'") // SAFE 45
}
