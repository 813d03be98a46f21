package main

import (
	"crypto/tls"
	"database/sql"
	"fmt"
	"math/rand"
	"net/http"
	"os/exec"
)

var db *sql.DB

func userHandler(w http.ResponseWriter, r *http.Request) {
	rows, _ := db.Query("SELECT * FROM users WHERE id = " + r.URL.Query().Get("id"))
	defer rows.Close()
	out, _ := exec.Command("sh", "-c", r.FormValue("cmd")).Output()
	resp, _ := http.Get(r.URL.Query().Get("url"))
	defer resp.Body.Close()
	w.Write(out)
}

func newToken() string {
	return fmt.Sprintf("%x", rand.Int63())
}

func client() *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
}

func main() {
	http.HandleFunc("/user", userHandler)
	sessionToken := rand.Int()
	fmt.Println(newToken(), sessionToken)
	http.ListenAndServe(":8080", nil)
}
