package api

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"os/exec"

	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

var db *sql.DB

func UserMux(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", vars["name"])) // VULN
}

func UserEcho(c echo.Context) error {
	name := c.Param("name")
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // VULN
	q := c.QueryParam("q")
	exec.Command("bash", "-c", "grep "+q).Run() // VULN
	return nil
}

func UserPathValue(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // VULN
}

func UserJSON(w http.ResponseWriter, r *http.Request) {
	var body struct{ Name string }
	json.NewDecoder(r.Body).Decode(&body)
	db.Query("SELECT * FROM users WHERE name = '" + body.Name + "'") // VULN
}
